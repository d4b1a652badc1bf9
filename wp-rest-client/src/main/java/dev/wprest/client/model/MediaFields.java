package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editable fields of an uploaded file: title, caption, description, alt text. Only the fields
 * set are sent, so an update changes exactly those.
 */
public final class MediaFields {
  private final Map<String, Object> fields;

  private MediaFields(Builder b) {
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
    return o instanceof MediaFields && fields.equals(((MediaFields) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "MediaFields" + fields.keySet();
  }

  /** Builds {@link MediaFields}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The title.
     *
     * @param value the title
     * @return this
     */
    public Builder title(String value) {
      return field("title", value);
    }

    /**
     * The caption (HTML allowed).
     *
     * @param value the caption
     * @return this
     */
    public Builder caption(String value) {
      return field("caption", value);
    }

    /**
     * The description.
     *
     * @param value the description
     * @return this
     */
    public Builder description(String value) {
      return field("description", value);
    }

    /**
     * The alternative text of an image, read by screen readers.
     *
     * @param value the alt text
     * @return this
     */
    public Builder altText(String value) {
      return field("alt_text", value);
    }

    /**
     * The post the file is attached to.
     *
     * @param value the post id
     * @return this
     */
    public Builder post(long value) {
      return field("post", value);
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
    public MediaFields build() {
      return new MediaFields(this);
    }
  }
}
