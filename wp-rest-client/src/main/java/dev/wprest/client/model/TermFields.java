package dev.wprest.client.model;

/**
 * The fields of a category, tag or other term to create or change. Only the fields set are sent, so
 * an update changes exactly those.
 */
public final class TermFields extends WriteFields {
  private TermFields(Builder b) {
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

  /** Builds {@link TermFields}. */
  public static final class Builder extends WriteFields.Builder<TermFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

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
     * Builds the fields.
     *
     * @return the immutable fields
     */
    @Override
    public TermFields build() {
      return new TermFields(this);
    }
  }
}
