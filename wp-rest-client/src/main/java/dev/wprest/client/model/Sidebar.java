package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A widget area from {@code /wp/v2/sidebars}: its widgets' ids in order. {@code
 * wp_inactive_widgets} holds widgets no area shows.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Sidebar extends WpObject {
  private final String id;
  private final String name;
  private final String description;
  private final String cssClass;
  private final String beforeWidget;
  private final String afterWidget;
  private final String beforeTitle;
  private final String afterTitle;
  private final String status;
  private final List<String> widgets;
  private final JsonNode links;

  @JsonCreator
  private Sidebar(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("class") String cssClass,
      @JsonProperty("before_widget") String beforeWidget,
      @JsonProperty("after_widget") String afterWidget,
      @JsonProperty("before_title") String beforeTitle,
      @JsonProperty("after_title") String afterTitle,
      @JsonProperty("status") String status,
      @JsonProperty("widgets") List<String> widgets,
      @JsonProperty("_links") JsonNode links) {
    this.id = JsonValues.text(id);
    this.name = JsonValues.text(name);
    this.description = JsonValues.text(description);
    this.cssClass = JsonValues.text(cssClass);
    this.beforeWidget = JsonValues.text(beforeWidget);
    this.afterWidget = JsonValues.text(afterWidget);
    this.beforeTitle = JsonValues.text(beforeTitle);
    this.afterTitle = JsonValues.text(afterTitle);
    this.status = JsonValues.text(status);
    this.widgets = JsonValues.list(widgets);
    this.links = JsonValues.object(links);
  }

  /**
   * The sidebar's id ({@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Its name ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
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
   * Extra CSS class ({@code class}).
   *
   * @return the class
   */
  public String cssClass() {
    return cssClass;
  }

  /**
   * HTML before each widget ({@code before_widget}).
   *
   * @return the HTML
   */
  public String beforeWidget() {
    return beforeWidget;
  }

  /**
   * HTML after each widget ({@code after_widget}).
   *
   * @return the HTML
   */
  public String afterWidget() {
    return afterWidget;
  }

  /**
   * HTML before each title ({@code before_title}).
   *
   * @return the HTML
   */
  public String beforeTitle() {
    return beforeTitle;
  }

  /**
   * HTML after each title ({@code after_title}).
   *
   * @return the HTML
   */
  public String afterTitle() {
    return afterTitle;
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
   * The ids of its widgets, in order ({@code widgets}).
   *
   * @return the widget ids
   */
  public List<String> widgets() {
    return widgets;
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
        name,
        description,
        cssClass,
        beforeWidget,
        afterWidget,
        beforeTitle,
        afterTitle,
        status,
        widgets,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sidebar && values().equals(((Sidebar) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Sidebar{" + id + " " + status + " " + widgets + "}";
  }
}
