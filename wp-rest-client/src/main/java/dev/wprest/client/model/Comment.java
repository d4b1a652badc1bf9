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

/** A comment from {@code /wp/v2/comments}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Comment extends WpObject {
  private final long id;
  private final long post;
  private final long parent;
  private final long author;
  private final String authorName;
  private final String authorEmail;
  private final String authorUrl;
  private final LocalDateTime date;
  private final OffsetDateTime dateGmt;
  private final Rendered content;
  private final String link;
  private final String status;
  private final String type;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private Comment(
      @JsonProperty("id") long id,
      @JsonProperty("post") long post,
      @JsonProperty("parent") long parent,
      @JsonProperty("author") long author,
      @JsonProperty("author_name") String authorName,
      @JsonProperty("author_email") String authorEmail,
      @JsonProperty("author_url") String authorUrl,
      @JsonProperty("date") String date,
      @JsonProperty("date_gmt") String dateGmt,
      @JsonProperty("content") Rendered content,
      @JsonProperty("link") String link,
      @JsonProperty("status") String status,
      @JsonProperty("type") String type,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.post = post;
    this.parent = parent;
    this.author = author;
    this.authorName = JsonValues.text(authorName);
    this.authorEmail = authorEmail;
    this.authorUrl = JsonValues.text(authorUrl);
    this.date = WpDates.local(date);
    this.dateGmt = WpDates.gmt(dateGmt);
    this.content = content == null ? Rendered.of("") : content;
    this.link = JsonValues.text(link);
    this.status = JsonValues.text(status);
    this.type = JsonValues.text(type);
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The comment id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The post commented on.
   *
   * @return the post id
   */
  public long post() {
    return post;
  }

  /**
   * The comment replied to, 0 for a top-level comment.
   *
   * @return the parent id
   */
  public long parent() {
    return parent;
  }

  /**
   * The commenter's user id, 0 for a visitor without an account.
   *
   * @return the user id
   */
  public long author() {
    return author;
  }

  /**
   * The commenter's display name.
   *
   * @return the name
   */
  public String authorName() {
    return authorName;
  }

  /**
   * The commenter's e-mail ({@code context=edit} only).
   *
   * @return the address, if sent
   */
  public Optional<String> authorEmail() {
    return Optional.ofNullable(authorEmail);
  }

  /**
   * The commenter's website.
   *
   * @return the URL, empty when none
   */
  public String authorUrl() {
    return authorUrl;
  }

  /**
   * When the comment was made, in the site's time zone.
   *
   * @return the local date, if set
   */
  public Optional<LocalDateTime> date() {
    return Optional.ofNullable(date);
  }

  /**
   * When the comment was made, in UTC.
   *
   * @return the UTC date, if set
   */
  public Optional<OffsetDateTime> dateGmt() {
    return Optional.ofNullable(dateGmt);
  }

  /**
   * The comment text.
   *
   * @return the content
   */
  public Rendered content() {
    return content;
  }

  /**
   * The comment's URL.
   *
   * @return the link
   */
  public String link() {
    return link;
  }

  /**
   * The moderation status: {@code approved}, {@code hold}, {@code spam} or {@code trash}.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The comment type, {@code comment} for ordinary comments.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * Registered comment meta.
   *
   * @return a JSON object, empty when there is no meta
   */
  public JsonNode meta() {
    return meta.deepCopy();
  }

  /**
   * The {@code _links} relations.
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        id,
        post,
        parent,
        author,
        authorName,
        authorEmail,
        authorUrl,
        date,
        dateGmt,
        content,
        link,
        status,
        type,
        meta,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Comment && values().equals(((Comment) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Comment{id=" + id + ", post=" + post + ", status=" + status + "}";
  }
}
