package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** A widget type from {@code /wp/v2/widget-types}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class WidgetType extends WpObject {
  private final String id;
  private final String name;
  private final String description;
  private final boolean isMulti;
  private final String classname;
  private final JsonNode links;

  @JsonCreator
  private WidgetType(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("is_multi") boolean isMulti,
      @JsonProperty("classname") String classname,
      @JsonProperty("_links") JsonNode links) {
    this.id = JsonValues.text(id);
    this.name = JsonValues.text(name);
    this.description = JsonValues.text(description);
    this.isMulti = isMulti;
    this.classname = JsonValues.text(classname);
    this.links = JsonValues.object(links);
  }

  /**
   * The type's id, e.g. {@code text}, {@code block} ({@code id}).
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
   * Whether it can be placed more than once ({@code is_multi}).
   *
   * @return true for multi widgets
   */
  public boolean isMulti() {
    return isMulti;
  }

  /**
   * Its CSS class ({@code classname}).
   *
   * @return the class
   */
  public String classname() {
    return classname;
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
    return Arrays.asList(id, name, description, isMulti, classname, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WidgetType && values().equals(((WidgetType) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "WidgetType{" + id + "}";
  }
}
