package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * The fields of a post, page or custom-type item to create or change. Only the fields set are sent,
 * so an update changes exactly those: {@code
 * PostFields.builder().status(PostStatus.PUBLISH).build()} publishes and leaves title, content and
 * everything else alone.
 */
public final class PostFields extends WriteFields {
  private PostFields(Builder b) {
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

  /** Builds {@link PostFields}. */
  public static final class Builder extends WriteFields.Builder<PostFields, Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The title (HTML allowed).
     *
     * @param title the title
     * @return this
     */
    public Builder title(String title) {
      return field("title", title);
    }

    /**
     * The content: HTML or block markup.
     *
     * @param content the content
     * @return this
     */
    public Builder content(String content) {
      return field("content", content);
    }

    /**
     * The excerpt.
     *
     * @param excerpt the excerpt
     * @return this
     */
    public Builder excerpt(String excerpt) {
      return field("excerpt", excerpt);
    }

    /**
     * The status: {@link PostStatus#DRAFT}, {@link PostStatus#PUBLISH}, {@link PostStatus#PENDING},
     * {@link PostStatus#PRIVATE}, {@link PostStatus#FUTURE} (with a future date), or a plugin's
     * ({@link PostStatus#of(String)}).
     *
     * @param status the status
     * @return this
     */
    public Builder status(PostStatus status) {
      return field("status", requireNonNull(status, "status == null").wire());
    }

    /**
     * The URL slug.
     *
     * @param slug the slug
     * @return this
     */
    public Builder slug(String slug) {
      return field("slug", slug);
    }

    /**
     * The publication date in the site's time zone ({@code date}).
     *
     * @param siteLocal the site-local date
     * @return this
     */
    public Builder date(LocalDateTime siteLocal) {
      return field("date", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * The publication instant ({@code date_gmt}). Sent converted to UTC because WordPress ignores
     * an offset in {@code date_gmt}.
     *
     * @param instant the instant
     * @return this
     */
    public Builder dateGmt(OffsetDateTime instant) {
      requireNonNull(instant, "instant == null");
      return field(
          "date_gmt",
          WpDates.wire(instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
    }

    /**
     * The author's user id.
     *
     * @param userId the user
     * @return this
     */
    public Builder author(long userId) {
      return field("author", userId);
    }

    /**
     * The featured image; 0 removes it.
     *
     * @param mediaId the media id
     * @return this
     */
    public Builder featuredMedia(long mediaId) {
      return field("featured_media", mediaId);
    }

    /**
     * {@code open} or {@code closed} for comments.
     *
     * @param status the comment status
     * @return this
     */
    public Builder commentStatus(String status) {
      return field("comment_status", status);
    }

    /**
     * {@code open} or {@code closed} for pingbacks.
     *
     * @param status the ping status
     * @return this
     */
    public Builder pingStatus(String status) {
      return field("ping_status", status);
    }

    /**
     * A password readers must give to see the content.
     *
     * @param password the post password, empty to remove it
     * @return this
     */
    public Builder password(String password) {
      return field("password", password);
    }

    /**
     * Sticky on the front page (posts only).
     *
     * @param sticky whether sticky
     * @return this
     */
    public Builder sticky(boolean sticky) {
      return field("sticky", sticky);
    }

    /**
     * The post format, e.g. {@code aside} (posts only).
     *
     * @param format the format
     * @return this
     */
    public Builder format(String format) {
      return field("format", format);
    }

    /**
     * The theme template file.
     *
     * @param template the template
     * @return this
     */
    public Builder template(String template) {
      return field("template", template);
    }

    /**
     * The categories, replacing the current ones (posts only).
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categories(long... termIds) {
      return field("categories", ids("termIds", termIds));
    }

    /**
     * The categories, replacing the current ones (posts only), as {@link Post#categories()} returns
     * them.
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categories(Collection<Long> termIds) {
      return field("categories", ids("termIds", termIds));
    }

    /**
     * The tags, replacing the current ones (posts only).
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tags(long... termIds) {
      return field("tags", ids("termIds", termIds));
    }

    /**
     * The tags, replacing the current ones (posts only), as {@link Post#tags()} returns them.
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tags(Collection<Long> termIds) {
      return field("tags", ids("termIds", termIds));
    }

    /**
     * The parent item of a hierarchical type (pages).
     *
     * @param parentId the parent, 0 for none
     * @return this
     */
    public Builder parent(long parentId) {
      return field("parent", parentId);
    }

    /**
     * The menu order of a page.
     *
     * @param order the order
     * @return this
     */
    public Builder menuOrder(int order) {
      return field("menu_order", order);
    }

    /**
     * Builds the fields.
     *
     * @return the immutable fields
     */
    @Override
    public PostFields build() {
      return new PostFields(this);
    }
  }
}
