package dev.wprest.client.model;

/**
 * The editable fields of an uploaded file: title, caption, description, alt text. Only the fields
 * set are sent, so an update changes exactly those.
 */
public final class MediaFields extends WriteFields {
  private MediaFields(Builder b) {
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

  /** Builds {@link MediaFields}. */
  public static final class Builder extends WriteFields.Builder<MediaFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

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
     * Builds the fields.
     *
     * @return the immutable fields
     */
    @Override
    public MediaFields build() {
      return new MediaFields(this);
    }
  }
}
