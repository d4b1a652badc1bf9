package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A navigation menu from {@code /wp/v2/menus} (a term of {@code nav_menu}; needs {@code
 * edit_theme_options}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Menu extends WpObject {
  private final long id;
  private final String name;
  private final String slug;
  private final String description;
  private final List<String> locations;
  private final boolean autoAdd;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private Menu(
      @JsonProperty("id") long id,
      @JsonProperty("name") String name,
      @JsonProperty("slug") String slug,
      @JsonProperty("description") String description,
      @JsonProperty("locations") List<String> locations,
      @JsonProperty("auto_add") boolean autoAdd,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.name = JsonValues.text(name);
    this.slug = JsonValues.text(slug);
    this.description = JsonValues.text(description);
    this.locations = JsonValues.list(locations);
    this.autoAdd = autoAdd;
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The menu's term id ({@code id}).
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The menu's name ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The slug ({@code slug}).
   *
   * @return the slug
   */
  public String slug() {
    return slug;
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
   * The theme locations it is assigned to ({@code locations}).
   *
   * @return the location names
   */
  public List<String> locations() {
    return locations;
  }

  /**
   * Whether new top-level pages are added to it ({@code auto_add}).
   *
   * @return true when they are
   */
  public boolean autoAdd() {
    return autoAdd;
  }

  /**
   * Registered meta ({@code meta}).
   *
   * @return a JSON object
   */
  public JsonNode meta() {
    return meta.deepCopy();
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
    return Arrays.asList(id, name, slug, description, locations, autoAdd, meta, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Menu && values().equals(((Menu) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Menu{" + id + " " + slug + " at " + locations + "}";
  }
}
