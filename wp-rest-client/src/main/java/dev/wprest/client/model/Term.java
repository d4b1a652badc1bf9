package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** A term of a taxonomy: a category, a tag, or a term of a custom taxonomy. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Term extends WpObject {
  private final long id;
  private final long count;
  private final String description;
  private final String link;
  private final String name;
  private final String slug;
  private final String taxonomy;
  private final Long parent;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private Term(
      @JsonProperty("id") long id,
      @JsonProperty("count") long count,
      @JsonProperty("description") String description,
      @JsonProperty("link") String link,
      @JsonProperty("name") String name,
      @JsonProperty("slug") String slug,
      @JsonProperty("taxonomy") String taxonomy,
      @JsonProperty("parent") Long parent,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.count = count;
    this.description = JsonValues.text(description);
    this.link = JsonValues.text(link);
    this.name = JsonValues.text(name);
    this.slug = JsonValues.text(slug);
    this.taxonomy = JsonValues.text(taxonomy);
    this.parent = parent;
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The term id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * How many published posts carry the term.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * The description (HTML allowed).
   *
   * @return the description, empty when none
   */
  public String description() {
    return description;
  }

  /**
   * The term's archive URL.
   *
   * @return the link
   */
  public String link() {
    return link;
  }

  /**
   * The display name as WordPress sends it: HTML-escaped, because WordPress stores it so ({@code
   * R&D} comes as {@code R&amp;D}). Show it in HTML as it is; compare or print it as {@link
   * #decodedName()}.
   *
   * @return the name, HTML-escaped
   */
  public String name() {
    return name;
  }

  /**
   * The display name as plain text, its HTML entities decoded ({@code R&amp;D} gives {@code R&D}):
   * what the user typed in wp-admin, to compare with a name of your own.
   *
   * @return the name as text
   */
  public String decodedName() {
    return HtmlText.decode(name);
  }

  /**
   * A name as WordPress stores and sends it ({@code R&D} as {@code R&amp;D}), e.g. to search for
   * it: WordPress's {@code search} compares the stored form.
   *
   * @param text the name as a user typed it
   * @return the name HTML-escaped as WordPress escapes it
   */
  public static String escapedName(String text) {
    return HtmlText.escape(requireNonNull(text, "text == null"));
  }

  /**
   * The slug.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The taxonomy's name: {@code category}, {@code post_tag}, or a custom one.
   *
   * @return the taxonomy
   */
  public String taxonomy() {
    return taxonomy;
  }

  /**
   * The parent term of a hierarchical taxonomy (0 at the top level).
   *
   * @return the parent id, if the taxonomy is hierarchical
   */
  public OptionalLong parent() {
    return parent == null ? OptionalLong.empty() : OptionalLong.of(parent);
  }

  /**
   * Registered term meta.
   *
   * @return a JSON object, empty when there is no meta
   */
  public JsonNode meta() {
    return meta.deepCopy();
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
    return Arrays.asList(id, count, description, link, name, slug, taxonomy, parent, meta, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term && values().equals(((Term) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Term{id=" + id + ", " + taxonomy + ", " + slug + "}";
  }
}
