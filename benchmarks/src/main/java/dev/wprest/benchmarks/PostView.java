package dev.wprest.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The post model both sides bind in the benchmarks, so that they do the same Jackson work: the
 * fields an integration typically reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PostView {
  private final long id;
  private final String slug;
  private final String status;
  private final String date;
  private final String title;
  private final String content;

  /**
   * Binds a post.
   *
   * @param id the id
   * @param slug the slug
   * @param status the status
   * @param date the site-local date
   * @param title {@code title} with {@code rendered}
   * @param content {@code content} with {@code rendered}
   */
  @JsonCreator
  public PostView(
      @JsonProperty("id") long id,
      @JsonProperty("slug") String slug,
      @JsonProperty("status") String status,
      @JsonProperty("date") String date,
      @JsonProperty("title") JsonNode title,
      @JsonProperty("content") JsonNode content) {
    this.id = id;
    this.slug = slug;
    this.status = status;
    this.date = date;
    this.title = title == null ? "" : title.path("rendered").asText();
    this.content = content == null ? "" : content.path("rendered").asText();
  }

  /** The id. @return the id */
  public long id() {
    return id;
  }

  /** The rendered title. @return the title */
  public String title() {
    return title;
  }

  /** The rendered content. @return the content */
  public String content() {
    return content;
  }

  /** The slug. @return the slug */
  public String slug() {
    return slug;
  }

  /** The status. @return the status */
  public String status() {
    return status;
  }

  /** The site-local date. @return the date */
  public String date() {
    return date;
  }
}
