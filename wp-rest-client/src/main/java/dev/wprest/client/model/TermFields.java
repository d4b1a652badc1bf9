package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a category, tag or other term to create or change. Only the fields set are sent, so
 * an update changes exactly those.
 */
public final class TermFields {
  private final Map<String, Object> fields;

  private TermFields(Builder b) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
  }

  /**
   * Starts a set of fields.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fields that will be sent, by wire name.
   *
   * @return the fields
   */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermFields && fields.equals(((TermFields) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "TermFields" + fields.keySet();
  }

  /** Builds {@link TermFields}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The display name (required to create).
     *
     * @param value the name
     * @return this
     */
    public Builder name(String value) {
      return field("name", value);
    }

    /**
     * The slug.
     *
     * @param value the slug
     * @return this
     */
    public Builder slug(String value) {
      return field("slug", value);
    }

    /**
     * The description (HTML allowed).
     *
     * @param value the description
     * @return this
     */
    public Builder description(String value) {
      return field("description", value);
    }

    /**
     * The parent term, in a hierarchical taxonomy; 0 for the top level.
     *
     * @param value the parent id
     * @return this
     */
    public Builder parent(long value) {
      return field("parent", value);
    }

    /**
     * Registered meta fields to set.
     *
     * @param meta meta key to value
     * @return this
     */
    public Builder meta(Map<String, ?> meta) {
      return field("meta", Map.copyOf(requireNonNull(meta, "meta == null")));
    }

    /**
     * Any field by its wire name: for fields a plugin adds.
     *
     * @param name the field name
     * @param value a value Jackson can write
     * @return this
     */
    public Builder field(String name, Object value) {
      requireNonNull(name, "name == null");
      fields.put(name, requireNonNull(value, name + " == null"));
      return this;
    }

    /**
     * Builds the fields.
     *
     * @return the immutable fields
     */
    public TermFields build() {
      return new TermFields(this);
    }
  }
}
