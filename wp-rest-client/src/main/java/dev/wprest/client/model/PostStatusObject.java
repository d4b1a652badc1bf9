package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * What a site says about one post status ({@code /wp/v2/statuses}: WordPress's post status object):
 * its name, whether it is public, ... The status itself, as set and filtered, is a {@link
 * PostStatus}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PostStatusObject extends WpObject {
  private final String slug;
  private final String name;
  private final boolean isPublic;
  private final boolean queryable;
  private final boolean dateFloating;

  @JsonCreator
  private PostStatusObject(
      @JsonProperty("slug") String slug,
      @JsonProperty("name") String name,
      @JsonProperty("public") boolean isPublic,
      @JsonProperty("queryable") boolean queryable,
      @JsonProperty("date_floating") boolean dateFloating) {
    this.slug = JsonValues.text(slug);
    this.name = JsonValues.text(name);
    this.isPublic = isPublic;
    this.queryable = queryable;
    this.dateFloating = dateFloating;
  }

  /**
   * The status as sent in {@code status}, e.g. {@code publish}.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The display name, e.g. {@code Published}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether posts with this status are visible to everyone.
   *
   * @return true when public
   */
  public boolean isPublic() {
    return isPublic;
  }

  /**
   * Whether posts with this status can be queried publicly.
   *
   * @return true when queryable
   */
  public boolean queryable() {
    return queryable;
  }

  /**
   * Whether the date of such posts floats (drafts: the date is set when published).
   *
   * @return true when floating
   */
  public boolean dateFloating() {
    return dateFloating;
  }

  private List<Object> values() {
    return Arrays.asList(slug, name, isPublic, queryable, dateFloating);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostStatusObject && values().equals(((PostStatusObject) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "PostStatusObject{" + slug + "}";
  }
}
