package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** An installed theme from {@code /wp/v2/themes}. Rendered texts carry their raw form too. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Theme extends WpObject {
  private final String stylesheet;
  private final String template;
  private final String status;
  private final Rendered name;
  private final Rendered author;
  private final Rendered authorUri;
  private final Rendered themeUri;
  private final Rendered description;
  private final String version;
  private final String requiresPhp;
  private final String requiresWp;
  private final String textdomain;
  private final String screenshot;
  private final JsonNode tags;
  private final JsonNode themeSupports;
  private final JsonNode links;

  @JsonCreator
  private Theme(
      @JsonProperty("stylesheet") String stylesheet,
      @JsonProperty("template") String template,
      @JsonProperty("status") String status,
      @JsonProperty("name") Rendered name,
      @JsonProperty("author") Rendered author,
      @JsonProperty("author_uri") Rendered authorUri,
      @JsonProperty("theme_uri") Rendered themeUri,
      @JsonProperty("description") Rendered description,
      @JsonProperty("version") String version,
      @JsonProperty("requires_php") String requiresPhp,
      @JsonProperty("requires_wp") String requiresWp,
      @JsonProperty("textdomain") String textdomain,
      @JsonProperty("screenshot") String screenshot,
      @JsonProperty("tags") JsonNode tags,
      @JsonProperty("theme_supports") JsonNode themeSupports,
      @JsonProperty("_links") JsonNode links) {
    this.stylesheet = JsonValues.text(stylesheet);
    this.template = JsonValues.text(template);
    this.status = JsonValues.text(status);
    this.name = name == null ? Rendered.of("") : name;
    this.author = author == null ? Rendered.of("") : author;
    this.authorUri = authorUri == null ? Rendered.of("") : authorUri;
    this.themeUri = themeUri == null ? Rendered.of("") : themeUri;
    this.description = description == null ? Rendered.of("") : description;
    this.version = JsonValues.text(version);
    this.requiresPhp = JsonValues.text(requiresPhp);
    this.requiresWp = JsonValues.text(requiresWp);
    this.textdomain = JsonValues.text(textdomain);
    this.screenshot = JsonValues.text(screenshot);
    this.tags = JsonValues.object(tags);
    this.themeSupports = JsonValues.object(themeSupports);
    this.links = JsonValues.object(links);
  }

  /**
   * The theme's directory name, its id ({@code stylesheet}).
   *
   * @return the stylesheet
   */
  public String stylesheet() {
    return stylesheet;
  }

  /**
   * The parent theme's directory (itself when not a child theme) ({@code template}).
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * {@code active} or {@code inactive} ({@code status}).
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The theme's name ({@code name}).
   *
   * @return the name
   */
  public Rendered name() {
    return name;
  }

  /**
   * The author ({@code author}).
   *
   * @return the author
   */
  public Rendered author() {
    return author;
  }

  /**
   * The author's web site ({@code author_uri}).
   *
   * @return the address
   */
  public Rendered authorUri() {
    return authorUri;
  }

  /**
   * The theme's web site ({@code theme_uri}).
   *
   * @return the address
   */
  public Rendered themeUri() {
    return themeUri;
  }

  /**
   * The description ({@code description}).
   *
   * @return the description
   */
  public Rendered description() {
    return description;
  }

  /**
   * The installed version ({@code version}).
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The minimum PHP version it declares ({@code requires_php}).
   *
   * @return the version, empty if none
   */
  public String requiresPhp() {
    return requiresPhp;
  }

  /**
   * The minimum WordPress version it declares ({@code requires_wp}).
   *
   * @return the version, empty if none
   */
  public String requiresWp() {
    return requiresWp;
  }

  /**
   * Its text domain ({@code textdomain}).
   *
   * @return the text domain
   */
  public String textdomain() {
    return textdomain;
  }

  /**
   * The screenshot's address ({@code screenshot}).
   *
   * @return the address, empty if none
   */
  public String screenshot() {
    return screenshot;
  }

  /**
   * Its tags: {@code raw} (an array) and {@code rendered} (comma-separated) ({@code tags}).
   *
   * @return a JSON object
   */
  public JsonNode tags() {
    return tags.deepCopy();
  }

  /**
   * What it declares with {@code add_theme_support}, by feature ({@code theme_supports}).
   *
   * @return a JSON object
   */
  public JsonNode themeSupports() {
    return themeSupports.deepCopy();
  }

  /**
   * The {@code _links} relations (the active theme links its global styles) ({@code _links}).
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        stylesheet,
        template,
        status,
        name,
        author,
        authorUri,
        themeUri,
        description,
        version,
        requiresPhp,
        requiresWp,
        textdomain,
        screenshot,
        tags,
        themeSupports,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Theme && values().equals(((Theme) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Theme{" + stylesheet + " " + status + " " + version + "}";
  }
}
