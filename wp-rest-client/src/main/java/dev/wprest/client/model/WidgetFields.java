package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The fields of a widget to create or change; only the fields set are sent. A block widget is
 * {@code idBase("block")} with {@code instance(Map.of("content", "<!-- wp:paragraph -->..."))}.
 */
public final class WidgetFields extends WriteFields {
  private WidgetFields(Builder b) {
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

  /** Builds {@link WidgetFields}. */
  public static final class Builder extends WriteFields.Builder<WidgetFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public WidgetFields build() {
      return new WidgetFields(this);
    }

    /**
     * The widget type, e.g. {@code block}, {@code text} (to create) ({@code id_base}).
     *
     * @param idBase the value
     * @return this
     */
    public Builder idBase(String idBase) {
      return field("id_base", idBase);
    }

    /**
     * The sidebar to place it in ({@code wp_inactive_widgets} to take it out of view) ({@code
     * sidebar}).
     *
     * @param sidebar the value
     * @return this
     */
    public Builder sidebar(String sidebar) {
      return field("sidebar", sidebar);
    }

    /**
     * Its settings, sent as {@code instance.raw} (needs a widget type that shows its settings in
     * REST, as {@code block} does) ({@code instance}).
     *
     * @param settings the value
     * @return this
     */
    public Builder instance(Map<String, ?> settings) {
      return field(
          "instance", Map.of("raw", Map.copyOf(requireNonNull(settings, "settings == null"))));
    }

    /**
     * Its settings as the URL-encoded form of a legacy widget ({@code form_data}).
     *
     * @param formData the value
     * @return this
     */
    public Builder formData(String formData) {
      return field("form_data", formData);
    }
  }
}
