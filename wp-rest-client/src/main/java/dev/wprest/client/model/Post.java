package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A post, a page, a revision or an item of a custom post type: everything {@code /wp/v2/posts},
 * {@code /wp/v2/pages} and post-type routes answer. Fields a type does not have are empty (pages
 * have no categories, posts no parent); everything else a plugin adds stays in {@link #meta()} or
 * can be read by binding the route to your own class.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Post extends WpObject {
  private final long id;
  private final LocalDateTime date;
  private final OffsetDateTime dateGmt;
  private final LocalDateTime modified;
  private final OffsetDateTime modifiedGmt;
  private final String slug;
  private final String status;
  private final String type;
  private final String link;
  private final Rendered title;
  private final Rendered content;
  private final Rendered excerpt;
  private final long author;
  private final long featuredMedia;
  private final String commentStatus;
  private final String pingStatus;
  private final boolean sticky;
  private final String template;
  private final String format;
  private final List<Long> categories;
  private final List<Long> tags;
  private final Long parent;
  private final Integer menuOrder;
  private final JsonNode meta;
  private final JsonNode links;
  private final JsonNode embedded;

  @JsonCreator
  private Post(
      @JsonProperty("id") long id,
      @JsonProperty("date") String date,
      @JsonProperty("date_gmt") String dateGmt,
      @JsonProperty("modified") String modified,
      @JsonProperty("modified_gmt") String modifiedGmt,
      @JsonProperty("slug") String slug,
      @JsonProperty("status") String status,
      @JsonProperty("type") String type,
      @JsonProperty("link") String link,
      @JsonProperty("title") Rendered title,
      @JsonProperty("content") Rendered content,
      @JsonProperty("excerpt") Rendered excerpt,
      @JsonProperty("author") long author,
      @JsonProperty("featured_media") long featuredMedia,
      @JsonProperty("comment_status") String commentStatus,
      @JsonProperty("ping_status") String pingStatus,
      @JsonProperty("sticky") boolean sticky,
      @JsonProperty("template") String template,
      @JsonProperty("format") String format,
      @JsonProperty("categories") List<Long> categories,
      @JsonProperty("tags") List<Long> tags,
      @JsonProperty("parent") Long parent,
      @JsonProperty("menu_order") Integer menuOrder,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links,
      @JsonProperty("_embedded") JsonNode embedded) {
    this.id = id;
    this.date = WpDates.local(date);
    this.dateGmt = WpDates.gmt(dateGmt);
    this.modified = WpDates.local(modified);
    this.modifiedGmt = WpDates.gmt(modifiedGmt);
    this.slug = JsonValues.text(slug);
    this.status = JsonValues.text(status);
    this.type = JsonValues.text(type);
    this.link = JsonValues.text(link);
    this.title = title == null ? Rendered.of("") : title;
    this.content = content == null ? Rendered.of("") : content;
    this.excerpt = excerpt == null ? Rendered.of("") : excerpt;
    this.author = author;
    this.featuredMedia = featuredMedia;
    this.commentStatus = JsonValues.text(commentStatus);
    this.pingStatus = JsonValues.text(pingStatus);
    this.sticky = sticky;
    this.template = JsonValues.text(template);
    this.format = JsonValues.text(format);
    this.categories = JsonValues.list(categories);
    this.tags = JsonValues.list(tags);
    this.parent = parent;
    this.menuOrder = menuOrder;
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
    this.embedded = embedded == null ? null : embedded.deepCopy();
  }

  /**
   * The post id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The publication date in the site's time zone, as WordPress stores it (no offset).
   *
   * @return the local date, if set
   */
  public Optional<LocalDateTime> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The publication date in UTC. Empty for a draft whose date was never set.
   *
   * @return the UTC date, if set
   */
  public Optional<OffsetDateTime> dateGmt() {
    return Optional.ofNullable(dateGmt);
  }

  /**
   * The last modification in the site's time zone.
   *
   * @return the local date, if set
   */
  public Optional<LocalDateTime> modified() {
    return Optional.ofNullable(modified);
  }

  /**
   * The last modification in UTC.
   *
   * @return the UTC date, if set
   */
  public Optional<OffsetDateTime> modifiedGmt() {
    return Optional.ofNullable(modifiedGmt);
  }

  /**
   * The URL slug.
   *
   * @return the slug, empty for a draft that has none yet
   */
  public String slug() {
    return slug;
  }

  /**
   * The status: {@code publish}, {@code future}, {@code draft}, {@code pending}, {@code private},
   * {@code trash}, or one a plugin registered.
   *
   * @return the status; empty when the answer has none (a revision, or {@code _fields} without it)
   */
  public Optional<PostStatus> status() {
    return status.isEmpty() ? Optional.empty() : Optional.of(PostStatus.read(status));
  }

  /**
   * The post type: {@code post}, {@code page}, {@code revision}, or a custom type's name.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * The public URL.
   *
   * @return the permalink
   */
  public String link() {
    return link;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public Rendered title() {
    return title;
  }

  /**
   * The content.
   *
   * @return the content
   */
  public Rendered content() {
    return content;
  }

  /**
   * The excerpt.
   *
   * @return the excerpt
   */
  public Rendered excerpt() {
    return excerpt;
  }

  /**
   * The author's user id.
   *
   * @return the id, 0 when unknown
   */
  public long author() {
    return author;
  }

  /**
   * The featured image's media id.
   *
   * @return the id, if the post has one
   */
  public OptionalLong featuredMedia() {
    return featuredMedia > 0 ? OptionalLong.of(featuredMedia) : OptionalLong.empty();
  }

  /**
   * Whether comments are {@code open} or {@code closed}.
   *
   * @return the comment status
   */
  public String commentStatus() {
    return commentStatus;
  }

  /**
   * Whether pingbacks are {@code open} or {@code closed}.
   *
   * @return the ping status
   */
  public String pingStatus() {
    return pingStatus;
  }

  /**
   * Whether the post is sticky (posts only).
   *
   * @return true when sticky
   */
  public boolean sticky() {
    return sticky;
  }

  /**
   * The theme template file, empty for the default.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * The post format ({@code standard}, {@code aside}, ...), empty for types without formats.
   *
   * @return the format
   */
  public String format() {
    return format;
  }

  /**
   * The category ids (posts only).
   *
   * @return the ids
   */
  public List<Long> categories() {
    return categories;
  }

  /**
   * The tag ids (posts only).
   *
   * @return the ids
   */
  public List<Long> tags() {
    return tags;
  }

  /**
   * The parent id of a hierarchical type (pages) or of a revision.
   *
   * @return the parent id, if the type has parents
   */
  public OptionalLong parent() {
    return parent == null ? OptionalLong.empty() : OptionalLong.of(parent);
  }

  /**
   * The menu order of a page.
   *
   * @return the order, if the type has one
   */
  public Optional<Integer> menuOrder() {
    return Optional.ofNullable(menuOrder);
  }

  /**
   * Registered meta fields ({@code register_post_meta} with {@code show_in_rest}).
   *
   * @return a JSON object, empty when there is no meta
   */
  public JsonNode meta() {
    return meta.deepCopy();
  }

  /**
   * The {@code _links} relations ({@code self}, {@code author}, {@code wp:featuredmedia}, ...).
   *
   * @return a JSON object, empty when absent (e.g. under {@code _fields})
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  /**
   * The resources embedded by {@code _embed} ({@code author}, {@code wp:term}, ...).
   *
   * @return the {@code _embedded} object, if the request asked for it
   */
  public Optional<JsonNode> embedded() {
    return Optional.ofNullable(embedded).map(JsonNode::deepCopy);
  }

  private List<Object> values() {
    return Arrays.asList(
        id,
        date,
        dateGmt,
        modified,
        modifiedGmt,
        slug,
        status,
        type,
        link,
        title,
        content,
        excerpt,
        author,
        featuredMedia,
        commentStatus,
        pingStatus,
        sticky,
        template,
        format,
        categories,
        tags,
        parent,
        menuOrder,
        meta,
        links,
        embedded);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Post && values().equals(((Post) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Post{id=" + id + ", type=" + type + ", status=" + status + ", slug=" + slug + "}";
  }
}
