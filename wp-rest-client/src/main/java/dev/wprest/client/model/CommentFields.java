package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

/**
 * The fields of a comment to create or change. Only the fields set are sent, so an update changes
 * exactly those.
 */
public final class CommentFields extends WriteFields {
  private CommentFields(Builder b) {
    super(b);
  }

  /**
   * Starts a set of fields.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommentFields}. */
  public static final class Builder extends WriteFields.Builder<CommentFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

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
     * Builds the fields.
     *
     * @return the immutable fields
     */
    @Override
    public CommentFields build() {
      return new CommentFields(this);
    }
  }
}
