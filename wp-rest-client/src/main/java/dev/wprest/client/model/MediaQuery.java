package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * The parameters of a list of media items: {@code MediaQuery.builder().mediaType("image").build()}.
 */
public final class MediaQuery extends BaseQuery {
  private MediaQuery(Builder b) {
    super(b);
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder().copy(this);
  }

  @Override
  public MediaQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link MediaQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<MediaQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public MediaQuery build() {
      return new MediaQuery(this);
    }

    /**
     * Sort key ({@code orderby}); {@link PostOrderBy#DATE} by default.
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(PostOrderBy key) {
      return set("orderby", requireNonNull(key, "key == null").wire());
    }

    /**
     * Only this kind: {@code image}, {@code video}, {@code text}, {@code application} or {@code
     * audio} ({@code media_type}).
     *
     * @param type the value
     * @return this
     */
    public Builder mediaType(String type) {
      return set("media_type", requireNonNull(type, "type == null"));
    }

    /**
     * Only this MIME type, e.g. {@code image/png} ({@code mime_type}).
     *
     * @param mimeType the value
     * @return this
     */
    public Builder mimeType(String mimeType) {
      return set("mime_type", requireNonNull(mimeType, "mimeType == null"));
    }

    /**
     * Only media attached to these posts; 0 means unattached ({@code parent}).
     *
     * @param postIds the ids
     * @return this
     */
    public Builder parent(long... postIds) {
      return set("parent", ids("postIds", postIds));
    }

    /**
     * Only media uploaded by these users ({@code author}).
     *
     * @param userIds the ids
     * @return this
     */
    public Builder author(long... userIds) {
      return set("author", ids("userIds", userIds));
    }

    /**
     * Only items with these slugs ({@code slug}).
     *
     * @param slugs the values
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }

    /**
     * Only items uploaded before an instant ({@code before}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder before(OffsetDateTime instant) {
      return set("before", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only items uploaded after an instant ({@code after}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder after(OffsetDateTime instant) {
      return set("after", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Skips this many items (instead of {@code page}) ({@code offset}).
     *
     * @param count the value
     * @return this
     */
    public Builder offset(long count) {
      return set("offset", String.valueOf(count));
    }
  }
}
