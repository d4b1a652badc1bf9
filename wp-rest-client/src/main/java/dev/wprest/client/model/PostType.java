package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A post type from {@code /wp/v2/types}: {@code post}, {@code page}, {@code attachment}, or a
 * custom type registered with {@code show_in_rest}. Its {@link #route()} is where its items live.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PostType extends WpObject {
  private final String slug;
  private final String name;
  private final String description;
  private final boolean hierarchical;
  private final List<String> taxonomies;
  private final String restBase;
  private final String restNamespace;
  private final JsonNode links;

  @JsonCreator
  private PostType(
      @JsonProperty("slug") String slug,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("hierarchical") boolean hierarchical,
      @JsonProperty("taxonomies") List<String> taxonomies,
      @JsonProperty("rest_base") String restBase,
      @JsonProperty("rest_namespace") String restNamespace,
      @JsonProperty("_links") JsonNode links) {
    this.slug = JsonValues.text(slug);
    this.name = JsonValues.text(name);
    this.description = JsonValues.text(description);
    this.hierarchical = hierarchical;
    this.taxonomies = JsonValues.list(taxonomies);
    this.restBase = restBase == null || restBase.isEmpty() ? this.slug : restBase;
    // WordPress before 5.9 does not send rest_namespace: everything was under wp/v2 then.
    this.restNamespace = restNamespace == null || restNamespace.isEmpty() ? "wp/v2" : restNamespace;
    this.links = JsonValues.object(links);
  }

  /**
   * The type's name in code, e.g. {@code post} or {@code book}.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The display name, e.g. {@code Posts}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether items have parents (like pages).
   *
   * @return true when hierarchical
   */
  public boolean hierarchical() {
    return hierarchical;
  }

  /**
   * The taxonomies the type uses.
   *
   * @return the taxonomy names
   */
  public List<String> taxonomies() {
    return taxonomies;
  }

  /**
   * The route segment of its items, e.g. {@code posts} for {@code post}.
   *
   * @return the REST base
   */
  public String restBase() {
    return restBase;
  }

  /**
   * The REST namespace, {@code wp/v2} unless the type chose another.
   *
   * @return the namespace
   */
  public String restNamespace() {
    return restNamespace;
  }

  /**
   * The route of the type's items, e.g. {@code /wp/v2/posts}.
   *
   * @return the route
   */
  public String route() {
    return "/" + restNamespace + "/" + restBase;
  }

  /**
   * The {@code _links} relations.
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        slug, name, description, hierarchical, taxonomies, restBase, restNamespace, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostType && values().equals(((PostType) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "PostType{" + slug + " at " + route() + "}";
  }
}
