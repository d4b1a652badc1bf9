package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** A taxonomy from {@code /wp/v2/taxonomies}: where its terms live and which types use it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Taxonomy extends WpObject {
  private final String slug;
  private final String name;
  private final String description;
  private final List<String> types;
  private final boolean hierarchical;
  private final String restBase;
  private final String restNamespace;
  private final JsonNode links;

  @JsonCreator
  private Taxonomy(
      @JsonProperty("slug") String slug,
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("types") List<String> types,
      @JsonProperty("hierarchical") boolean hierarchical,
      @JsonProperty("rest_base") String restBase,
      @JsonProperty("rest_namespace") String restNamespace,
      @JsonProperty("_links") JsonNode links) {
    this.slug = JsonValues.text(slug);
    this.name = JsonValues.text(name);
    this.description = JsonValues.text(description);
    this.types = JsonValues.list(types);
    this.hierarchical = hierarchical;
    this.restBase = restBase == null || restBase.isEmpty() ? this.slug : restBase;
    // WordPress before 5.9 does not send rest_namespace: everything was under wp/v2 then.
    this.restNamespace = restNamespace == null || restNamespace.isEmpty() ? "wp/v2" : restNamespace;
    this.links = JsonValues.object(links);
  }

  /**
   * The taxonomy's name in code: {@code category}, {@code post_tag}, ...
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The display name, e.g. {@code Categories}.
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
   * The post types the taxonomy applies to.
   *
   * @return the type names
   */
  public List<String> types() {
    return types;
  }

  /**
   * Whether terms have parents (like categories) or not (like tags).
   *
   * @return true when hierarchical
   */
  public boolean hierarchical() {
    return hierarchical;
  }

  /**
   * The route segment of its terms, e.g. {@code tags} for {@code post_tag}.
   *
   * @return the REST base
   */
  public String restBase() {
    return restBase;
  }

  /**
   * The REST namespace, {@code wp/v2} unless a plugin chose another.
   *
   * @return the namespace
   */
  public String restNamespace() {
    return restNamespace;
  }

  /**
   * The route of the taxonomy's terms, e.g. {@code /wp/v2/tags}.
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
        slug, name, description, types, hierarchical, restBase, restNamespace, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Taxonomy && values().equals(((Taxonomy) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Taxonomy{" + slug + " at " + route() + "}";
  }
}
