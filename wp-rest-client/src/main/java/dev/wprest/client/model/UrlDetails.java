package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * What WordPress read from a web page's head for a link preview ({@code
 * /wp-block-editor/v1/url-details}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class UrlDetails extends WpObject {
  private final String title;
  private final String icon;
  private final String description;
  private final String image;

  @JsonCreator
  private UrlDetails(
      @JsonProperty("title") String title,
      @JsonProperty("icon") String icon,
      @JsonProperty("description") String description,
      @JsonProperty("image") String image) {
    this.title = JsonValues.text(title);
    this.icon = JsonValues.text(icon);
    this.description = JsonValues.text(description);
    this.image = JsonValues.text(image);
  }

  /**
   * The page's title ({@code title}).
   *
   * @return the title, empty if none
   */
  public String title() {
    return title;
  }

  /**
   * Its icon's address ({@code icon}).
   *
   * @return the address, empty if none
   */
  public String icon() {
    return icon;
  }

  /**
   * Its description ({@code description}).
   *
   * @return the description, empty if none
   */
  public String description() {
    return description;
  }

  /**
   * Its preview image's address ({@code image}).
   *
   * @return the address, empty if none
   */
  public String image() {
    return image;
  }

  private List<Object> values() {
    return Arrays.asList(title, icon, description, image);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UrlDetails && values().equals(((UrlDetails) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "UrlDetails{" + title + "}";
  }
}
