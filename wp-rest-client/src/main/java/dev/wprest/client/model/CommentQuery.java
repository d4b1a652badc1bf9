package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;

/**
 * The parameters of a list of comments: {@code
 * CommentQuery.builder().post(4).status("hold").build()}.
 */
public final class CommentQuery extends BaseQuery {
  private CommentQuery(Builder b) {
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
  public CommentQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link CommentQuery}; each setter replaces an earlier value of its parameter. */
  public static final class Builder extends BaseQuery.Builder<CommentQuery, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    public CommentQuery build() {
      return new CommentQuery(this);
    }

    /**
     * Sort key ({@code orderby}); {@link CommentOrderBy#DATE_GMT} by default.
     *
     * @param key the key
     * @return this
     */
    public Builder orderBy(CommentOrderBy key) {
      return set("orderby", requireNonNull(key, "key == null").wire());
    }

    /**
     * Only comments on these posts ({@code post}).
     *
     * @param postIds the ids
     * @return this
     */
    public Builder post(long... postIds) {
      return set("post", ids("postIds", postIds));
    }

    /**
     * Only replies to these comments; 0 means top level ({@code parent}).
     *
     * @param commentIds the ids
     * @return this
     */
    public Builder parent(long... commentIds) {
      return set("parent", ids("commentIds", commentIds));
    }

    /**
     * Only comments by these users ({@code author}).
     *
     * @param userIds the ids
     * @return this
     */
    public Builder author(long... userIds) {
      return set("author", ids("userIds", userIds));
    }

    /**
     * Only comments with this author email (needs moderation rights) ({@code author_email}).
     *
     * @param email the value
     * @return this
     */
    public Builder authorEmail(String email) {
      return set("author_email", requireNonNull(email, "email == null"));
    }

    /**
     * Only comments with this status: {@code approve}, {@code hold}, {@code spam}, {@code trash}
     * ({@code status}).
     *
     * @param status the value
     * @return this
     */
    public Builder status(String status) {
      return set("status", requireNonNull(status, "status == null"));
    }

    /**
     * Only comments of this type, e.g. {@code comment} ({@code type}).
     *
     * @param type the value
     * @return this
     */
    public Builder type(String type) {
      return set("type", requireNonNull(type, "type == null"));
    }

    /**
     * Only comments made before an instant ({@code before}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder before(OffsetDateTime instant) {
      return set("before", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only comments made after an instant ({@code after}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder after(OffsetDateTime instant) {
      return set("after", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Skips this many comments (instead of {@code page}) ({@code offset}).
     *
     * @param count the value
     * @return this
     */
    public Builder offset(long count) {
      return set("offset", String.valueOf(count));
    }
  }
}
