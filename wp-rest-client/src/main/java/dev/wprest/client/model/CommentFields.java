package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a comment to create or change. Only the fields set are sent, so an update changes
 * exactly those.
 */
public final class CommentFields {
  private final Map<String, Object> fields;

  private CommentFields(Builder b) {
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
    return o instanceof CommentFields && fields.equals(((CommentFields) o).fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return "CommentFields" + fields.keySet();
  }

  /** Builds {@link CommentFields}. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The post commented on (required to create).
     *
     * @param value the post id
     * @return this
     */
    public Builder post(long value) {
      return field("post", value);
    }

    /**
     * The comment replied to; 0 for top level.
     *
     * @param value the parent comment id
     * @return this
     */
    public Builder parent(long value) {
      return field("parent", value);
    }

    /**
     * The comment text (required to create).
     *
     * @param value the text
     * @return this
     */
    public Builder content(String value) {
      return field("content", value);
    }

    /**
     * The commenting user's id (moderators only may set another user).
     *
     * @param value the user id
     * @return this
     */
    public Builder author(long value) {
      return field("author", value);
    }

    /**
     * The commenter's name, for a visitor without an account.
     *
     * @param value the name
     * @return this
     */
    public Builder authorName(String value) {
      return field("author_name", value);
    }

    /**
     * The commenter's e-mail, for a visitor without an account.
     *
     * @param value the address
     * @return this
     */
    public Builder authorEmail(String value) {
      return field("author_email", value);
    }

    /**
     * The commenter's website.
     *
     * @param value the URL
     * @return this
     */
    public Builder authorUrl(String value) {
      return field("author_url", value);
    }

    /**
     * The moderation state (moderators only).
     *
     * @param status the state
     * @return this
     */
    public Builder status(Moderation status) {
      return field("status", requireNonNull(status, "status == null").wire());
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
    public CommentFields build() {
      return new CommentFields(this);
    }
  }
}
