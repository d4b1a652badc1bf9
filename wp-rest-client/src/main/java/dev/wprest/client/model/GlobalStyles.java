package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * Global styles from {@code /wp/v2/global-styles}: a theme's {@code theme.json} settings and
 * styles, or the user's saved customisations of them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class GlobalStyles extends WpObject {
  private final String id;
  private final String title;
  private final JsonNode settings;
  private final JsonNode styles;
  private final JsonNode links;

  @JsonCreator
  private GlobalStyles(
      @JsonProperty("id") String id,
      @JsonProperty("title") JsonNode title,
      @JsonProperty("settings") JsonNode settings,
      @JsonProperty("styles") JsonNode styles,
      @JsonProperty("_links") JsonNode links) {
    this.id = JsonValues.text(id);
    // A user's styles carry {raw, rendered}; a theme's variation a plain string.
    this.title =
        title == null || title.isNull()
            ? ""
            : title.isObject()
                ? title.path("rendered").asText(title.path("raw").asText(""))
                : title.asText();
    this.settings = JsonValues.object(settings);
    this.styles = JsonValues.object(styles);
    this.links = JsonValues.object(links);
  }

  /**
   * The id of the user's global styles post (empty for a theme's own) ({@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The title: a variation's name ({@code Aubergine}), or a user's styles' rendered title ({@code
   * title}).
   *
   * @return the title, empty if none
   */
  public String title() {
    return title;
  }

  /**
   * The settings ({@code color}, {@code typography}, ...) ({@code settings}).
   *
   * @return a JSON object
   */
  public JsonNode settings() {
    return settings.deepCopy();
  }

  /**
   * The styles ({@code styles}).
   *
   * @return a JSON object
   */
  public JsonNode styles() {
    return styles.deepCopy();
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
    return Arrays.asList(id, title, settings, styles, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlobalStyles && values().equals(((GlobalStyles) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "GlobalStyles{" + id + "}";
  }
}
