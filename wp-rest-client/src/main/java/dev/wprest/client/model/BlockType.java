package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A registered block type from {@code /wp/v2/block-types}: its attributes' schema, supports and
 * assets.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BlockType extends WpObject {
  private final String name;
  private final String title;
  private final String description;
  private final String category;
  private final JsonNode icon;
  private final List<String> keywords;
  private final JsonNode parent;
  private final JsonNode ancestor;
  private final boolean isDynamic;
  private final int apiVersion;
  private final JsonNode attributes;
  private final JsonNode supports;
  private final JsonNode styles;
  private final JsonNode variations;
  private final List<String> usesContext;
  private final String textdomain;
  private final JsonNode links;

  @JsonCreator
  private BlockType(
      @JsonProperty("name") String name,
      @JsonProperty("title") String title,
      @JsonProperty("description") String description,
      @JsonProperty("category") String category,
      @JsonProperty("icon") JsonNode icon,
      @JsonProperty("keywords") List<String> keywords,
      @JsonProperty("parent") JsonNode parent,
      @JsonProperty("ancestor") JsonNode ancestor,
      @JsonProperty("is_dynamic") boolean isDynamic,
      @JsonProperty("api_version") int apiVersion,
      @JsonProperty("attributes") JsonNode attributes,
      @JsonProperty("supports") JsonNode supports,
      @JsonProperty("styles") JsonNode styles,
      @JsonProperty("variations") JsonNode variations,
      @JsonProperty("uses_context") List<String> usesContext,
      @JsonProperty("textdomain") String textdomain,
      @JsonProperty("_links") JsonNode links) {
    this.name = JsonValues.text(name);
    this.title = JsonValues.text(title);
    this.description = JsonValues.text(description);
    this.category = JsonValues.text(category);
    this.icon = icon == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : icon;
    this.keywords = JsonValues.list(keywords);
    this.parent =
        parent == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : parent;
    this.ancestor =
        ancestor == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : ancestor;
    this.isDynamic = isDynamic;
    this.apiVersion = apiVersion;
    this.attributes = JsonValues.object(attributes);
    this.supports = JsonValues.object(supports);
    this.styles =
        styles == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : styles;
    this.variations =
        variations == null
            ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
            : variations;
    this.usesContext = JsonValues.list(usesContext);
    this.textdomain = JsonValues.text(textdomain);
    this.links = JsonValues.object(links);
  }

  /**
   * The block's name, {@code namespace/name} ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Its title ({@code title}).
   *
   * @return the title
   */
  public String title() {
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
   * Its inserter category ({@code category}).
   *
   * @return the category
   */
  public String category() {
    return category;
  }

  /**
   * Its icon (a Dashicon name, an SVG string, or null) ({@code icon}).
   *
   * @return the JSON value
   */
  public JsonNode icon() {
    return icon.deepCopy();
  }

  /**
   * Search keywords ({@code keywords}).
   *
   * @return the keywords
   */
  public List<String> keywords() {
    return keywords;
  }

  /**
   * The blocks it may be nested in directly (null for anywhere) ({@code parent}).
   *
   * @return a JSON array or null
   */
  public JsonNode parent() {
    return parent.deepCopy();
  }

  /**
   * The blocks it may be nested in at any depth (null for anywhere) ({@code ancestor}).
   *
   * @return a JSON array or null
   */
  public JsonNode ancestor() {
    return ancestor.deepCopy();
  }

  /**
   * Whether it is rendered on the server ({@code is_dynamic}).
   *
   * @return true for dynamic blocks
   */
  public boolean isDynamic() {
    return isDynamic;
  }

  /**
   * The block API version ({@code api_version}).
   *
   * @return the version
   */
  public int apiVersion() {
    return apiVersion;
  }

  /**
   * The attributes' schema, by name ({@code attributes}).
   *
   * @return a JSON object
   */
  public JsonNode attributes() {
    return attributes.deepCopy();
  }

  /**
   * What it supports ({@code align}, {@code color}, ...) ({@code supports}).
   *
   * @return a JSON object
   */
  public JsonNode supports() {
    return supports.deepCopy();
  }

  /**
   * Its block styles ({@code styles}).
   *
   * @return a JSON array
   */
  public JsonNode styles() {
    return styles.deepCopy();
  }

  /**
   * Its variations ({@code variations}).
   *
   * @return a JSON array
   */
  public JsonNode variations() {
    return variations.deepCopy();
  }

  /**
   * Context it reads from ancestors ({@code uses_context}).
   *
   * @return the context names
   */
  public List<String> usesContext() {
    return usesContext;
  }

  /**
   * Its text domain ({@code textdomain}).
   *
   * @return the text domain, empty if none
   */
  public String textdomain() {
    return textdomain;
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
        name,
        title,
        description,
        category,
        icon,
        keywords,
        parent,
        ancestor,
        isDynamic,
        apiVersion,
        attributes,
        supports,
        styles,
        variations,
        usesContext,
        textdomain,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockType && values().equals(((BlockType) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "BlockType{" + name + "}";
  }
}
