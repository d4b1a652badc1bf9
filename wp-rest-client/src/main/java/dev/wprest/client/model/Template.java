package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A block template or template part from {@code /wp/v2/templates} or {@code /wp/v2/template-parts}
 * (block themes). Its id is {@code theme//slug}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Template extends WpObject {
  private final String id;
  private final String slug;
  private final String theme;
  private final String type;
  private final String source;
  private final String origin;
  private final Rendered content;
  private final Rendered title;
  private final String description;
  private final String status;
  private final long wpId;
  private final boolean hasThemeFile;
  private final boolean isCustom;
  private final long author;
  private final String area;
  private final JsonNode links;

  @JsonCreator
  private Template(
      @JsonProperty("id") String id,
      @JsonProperty("slug") String slug,
      @JsonProperty("theme") String theme,
      @JsonProperty("type") String type,
      @JsonProperty("source") String source,
      @JsonProperty("origin") String origin,
      @JsonProperty("content") Rendered content,
      @JsonProperty("title") Rendered title,
      @JsonProperty("description") String description,
      @JsonProperty("status") String status,
      @JsonProperty("wp_id") long wpId,
      @JsonProperty("has_theme_file") boolean hasThemeFile,
      @JsonProperty("is_custom") boolean isCustom,
      @JsonProperty("author") long author,
      @JsonProperty("area") String area,
      @JsonProperty("_links") JsonNode links) {
    this.id = JsonValues.text(id);
    this.slug = JsonValues.text(slug);
    this.theme = JsonValues.text(theme);
    this.type = JsonValues.text(type);
    this.source = JsonValues.text(source);
    this.origin = JsonValues.text(origin);
    this.content = content == null ? Rendered.of("") : content;
    this.title = title == null ? Rendered.of("") : title;
    this.description = JsonValues.text(description);
    this.status = JsonValues.text(status);
    this.wpId = wpId;
    this.hasThemeFile = hasThemeFile;
    this.isCustom = isCustom;
    this.author = author;
    this.area = JsonValues.text(area);
    this.links = JsonValues.object(links);
  }

  /**
   * The id, {@code theme//slug} ({@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The slug, e.g. {@code home}, {@code header} ({@code slug}).
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The theme it belongs to ({@code theme}).
   *
   * @return the stylesheet
   */
  public String theme() {
    return theme;
  }

  /**
   * {@code wp_template} or {@code wp_template_part} ({@code type}).
   *
   * @return the post type
   */
  public String type() {
    return type;
  }

  /**
   * {@code theme} (from the theme's file) or {@code custom} (saved in the database) ({@code
   * source}).
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Where a customised template came from, empty if not ({@code origin}).
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * Its block markup ({@code raw}) and, for a saved one, {@code block_version} ({@code content}).
   *
   * @return the content
   */
  public Rendered content() {
    return content;
  }

  /**
   * Its title ({@code title}).
   *
   * @return the title
   */
  public Rendered title() {
    return title;
  }

  /**
   * The description ({@code description}).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Its status, {@code publish} usually ({@code status}).
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The post id of a saved template, 0 for one only in the theme's files ({@code wp_id}).
   *
   * @return the id
   */
  public long wpId() {
    return wpId;
  }

  /**
   * Whether the theme has a file for it ({@code has_theme_file}).
   *
   * @return true when it has
   */
  public boolean hasThemeFile() {
    return hasThemeFile;
  }

  /**
   * Whether it is a user-made template (not one of the hierarchy's) ({@code is_custom}).
   *
   * @return true when custom
   */
  public boolean isCustom() {
    return isCustom;
  }

  /**
   * Who saved it, 0 for a theme file ({@code author}).
   *
   * @return the user id
   */
  public long author() {
    return author;
  }

  /**
   * A template part's area: {@code header}, {@code footer}, {@code uncategorized} ({@code area}).
   *
   * @return the area, empty for templates
   */
  public String area() {
    return area;
  }

  /**
   * The {@code _links} relations ({@code _links}).
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        id,
        slug,
        theme,
        type,
        source,
        origin,
        content,
        title,
        description,
        status,
        wpId,
        hasThemeFile,
        isCustom,
        author,
        area,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Template && values().equals(((Template) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Template{" + id + " " + source + "}";
  }
}
