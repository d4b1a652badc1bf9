package dev.wprest.client.model;

/**
 * The fields of a block template or template part to create or change; only the fields set are
 * sent.
 */
public final class TemplateFields extends WriteFields {
  private TemplateFields(Builder b) {
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

  /** Builds {@link TemplateFields}. */
  public static final class Builder extends WriteFields.Builder<TemplateFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public TemplateFields build() {
      return new TemplateFields(this);
    }

    /**
     * The slug (required to create), e.g. {@code my-landing} ({@code slug}).
     *
     * @param slug the value
     * @return this
     */
    public Builder slug(String slug) {
      return field("slug", slug);
    }

    /**
     * The title ({@code title}).
     *
     * @param title the value
     * @return this
     */
    public Builder title(String title) {
      return field("title", title);
    }

    /**
     * The block markup ({@code content}).
     *
     * @param content the value
     * @return this
     */
    public Builder content(String content) {
      return field("content", content);
    }

    /**
     * The description ({@code description}).
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return field("description", description);
    }

    /**
     * The status, {@code publish} to use it ({@code status}).
     *
     * @param status the value
     * @return this
     */
    public Builder status(String status) {
      return field("status", status);
    }

    /**
     * A template part's area: {@code header}, {@code footer}, {@code uncategorized} ({@code area}).
     *
     * @param area the value
     * @return this
     */
    public Builder area(String area) {
      return field("area", area);
    }
  }
}
