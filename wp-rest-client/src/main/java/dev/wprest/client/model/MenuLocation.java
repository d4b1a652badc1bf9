package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** A theme's menu location from {@code /wp/v2/menu-locations}, with the menu assigned to it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class MenuLocation extends WpObject {
  private final String name;
  private final String description;
  private final long menu;
  private final JsonNode links;

  @JsonCreator
  private MenuLocation(
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("menu") long menu,
      @JsonProperty("_links") JsonNode links) {
    this.name = JsonValues.text(name);
    this.description = JsonValues.text(description);
    this.menu = menu;
    this.links = JsonValues.object(links);
  }

  /**
   * The location's name in code ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Its label ({@code description}).
   *
   * @return the label
   */
  public String description() {
    return description;
  }

  /**
   * The menu assigned to it, 0 for none ({@code menu}).
   *
   * @return the menu id
   */
  public long menu() {
    return menu;
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
    return Arrays.asList(name, description, menu, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MenuLocation && values().equals(((MenuLocation) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "MenuLocation{" + name + " -> " + menu + "}";
  }
}
