package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An item of a navigation menu from {@code /wp/v2/menu-items}: a link to a post, a term or a custom
 * address.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class MenuItem extends WpObject {
  private final long id;
  private final Rendered title;
  private final String status;
  private final String url;
  private final String attrTitle;
  private final String description;
  private final String type;
  private final String typeLabel;
  private final String object;
  private final long objectId;
  private final long parent;
  private final int menuOrder;
  private final String target;
  private final List<String> classes;
  private final List<String> xfn;
  private final boolean invalid;
  private final long menus;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private MenuItem(
      @JsonProperty("id") long id,
      @JsonProperty("title") Rendered title,
      @JsonProperty("status") String status,
      @JsonProperty("url") String url,
      @JsonProperty("attr_title") String attrTitle,
      @JsonProperty("description") String description,
      @JsonProperty("type") String type,
      @JsonProperty("type_label") String typeLabel,
      @JsonProperty("object") String object,
      @JsonProperty("object_id") long objectId,
      @JsonProperty("parent") long parent,
      @JsonProperty("menu_order") int menuOrder,
      @JsonProperty("target") String target,
      @JsonProperty("classes") List<String> classes,
      @JsonProperty("xfn") List<String> xfn,
      @JsonProperty("invalid") boolean invalid,
      @JsonProperty("menus") long menus,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.title = title == null ? Rendered.of("") : title;
    this.status = JsonValues.text(status);
    this.url = JsonValues.text(url);
    this.attrTitle = JsonValues.text(attrTitle);
    this.description = JsonValues.text(description);
    this.type = JsonValues.text(type);
    this.typeLabel = JsonValues.text(typeLabel);
    this.object = JsonValues.text(object);
    this.objectId = objectId;
    this.parent = parent;
    this.menuOrder = menuOrder;
    this.target = JsonValues.text(target);
    this.classes = JsonValues.list(classes);
    this.xfn = JsonValues.list(xfn);
    this.invalid = invalid;
    this.menus = menus;
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The item's id ({@code id}).
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The label ({@code title}).
   *
   * @return the label
   */
  public Rendered title() {
    return title;
  }

  /**
   * {@link PostStatus#PUBLISH} or {@link PostStatus#DRAFT} ({@code status}).
   *
   * @return the status; empty when the answer has none (a revision, or {@code _fields} without it)
   */
  public Optional<PostStatus> status() {
    return status.isEmpty() ? Optional.empty() : Optional.of(PostStatus.read(status));
  }

  /**
   * The address it links to ({@code url}).
   *
   * @return the address
   */
  public String url() {
    return url;
  }

  /**
   * The link's {@code title} attribute ({@code attr_title}).
   *
   * @return the attribute
   */
  public String attrTitle() {
    return attrTitle;
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
   * {@code custom}, {@code post_type}, {@code post_type_archive} or {@code taxonomy} ({@code
   * type}).
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * The type as shown in wp-admin ({@code type_label}).
   *
   * @return the label
   */
  public String typeLabel() {
    return typeLabel;
  }

  /**
   * What it links to: {@code page}, {@code category}, {@code custom}, ... ({@code object}).
   *
   * @return the object type
   */
  public String object() {
    return object;
  }

  /**
   * The id of the post or term it links to (0 for a custom link) ({@code object_id}).
   *
   * @return the id
   */
  public long objectId() {
    return objectId;
  }

  /**
   * The parent item, 0 at the top ({@code parent}).
   *
   * @return the parent id
   */
  public long parent() {
    return parent;
  }

  /**
   * Its position in the menu, from 1 ({@code menu_order}).
   *
   * @return the order
   */
  public int menuOrder() {
    return menuOrder;
  }

  /**
   * The link target ({@code _blank} or empty) ({@code target}).
   *
   * @return the target
   */
  public String target() {
    return target;
  }

  /**
   * CSS classes ({@code classes}).
   *
   * @return the classes
   */
  public List<String> classes() {
    return classes;
  }

  /**
   * XFN relationships ({@code xfn}).
   *
   * @return the relationships
   */
  public List<String> xfn() {
    return xfn;
  }

  /**
   * Whether what it links to is gone ({@code invalid}).
   *
   * @return true when invalid
   */
  public boolean invalid() {
    return invalid;
  }

  /**
   * The menu it belongs to ({@code menus}).
   *
   * @return the menu id
   */
  public long menus() {
    return menus;
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
    return Arrays.asList(
        id,
        title,
        status,
        url,
        attrTitle,
        description,
        type,
        typeLabel,
        object,
        objectId,
        parent,
        menuOrder,
        target,
        classes,
        xfn,
        invalid,
        menus,
        meta,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MenuItem && values().equals(((MenuItem) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "MenuItem{" + id + " " + type + " in menu " + menus + "}";
  }
}
