package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A hit from {@code /wp/v2/search}: a post, term or post format that matched. Follow {@link
 * #links()} {@code self} (or ask with {@code _embed}) for the whole item.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SearchResult extends WpObject {
  private final String id;
  private final String title;
  private final String url;
  private final String type;
  private final String subtype;
  private final JsonNode links;

  @JsonCreator
  private SearchResult(
      @JsonProperty("id") JsonNode id,
      @JsonProperty("title") String title,
      @JsonProperty("url") String url,
      @JsonProperty("type") String type,
      @JsonProperty("subtype") String subtype,
      @JsonProperty("_links") JsonNode links) {
    // Post and term hits have numeric ids, post-format hits a string id ("aside").
    this.id = id == null ? "" : id.asText();
    this.title = JsonValues.text(title);
    this.url = JsonValues.text(url);
    this.type = JsonValues.text(type);
    this.subtype = JsonValues.text(subtype);
    this.links = JsonValues.object(links);
  }

  /**
   * The hit's id: a number for posts and terms, a format's name for post formats.
   *
   * @return the id as text
   */
  public String id() {
    return id;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The public URL.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * {@code post}, {@code term} or {@code post-format}.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * The post type or taxonomy, e.g. {@code page} or {@code category}.
   *
   * @return the subtype
   */
  public String subtype() {
    return subtype;
  }

  /**
   * The {@code _links} relations ({@code self} points at the item).
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(id, title, url, type, subtype, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchResult && values().equals(((SearchResult) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "SearchResult{" + type + "/" + subtype + " " + id + "}";
  }
}
