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

/** An attachment from {@code /wp/v2/media}: an uploaded image, document, audio or video file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Media extends WpObject {
  private final long id;
  private final LocalDateTime date;
  private final OffsetDateTime dateGmt;
  private final String slug;
  private final String status;
  private final String link;
  private final Rendered title;
  private final Rendered caption;
  private final Rendered description;
  private final String altText;
  private final String mediaType;
  private final String mimeType;
  private final long author;
  private final Long post;
  private final String sourceUrl;
  private final JsonNode mediaDetails;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private Media(
      @JsonProperty("id") long id,
      @JsonProperty("date") String date,
      @JsonProperty("date_gmt") String dateGmt,
      @JsonProperty("slug") String slug,
      @JsonProperty("status") String status,
      @JsonProperty("link") String link,
      @JsonProperty("title") Rendered title,
      @JsonProperty("caption") Rendered caption,
      @JsonProperty("description") Rendered description,
      @JsonProperty("alt_text") String altText,
      @JsonProperty("media_type") String mediaType,
      @JsonProperty("mime_type") String mimeType,
      @JsonProperty("author") long author,
      @JsonProperty("post") Long post,
      @JsonProperty("source_url") String sourceUrl,
      @JsonProperty("media_details") JsonNode mediaDetails,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.date = WpDates.local(date);
    this.dateGmt = WpDates.gmt(dateGmt);
    this.slug = JsonValues.text(slug);
    this.status = JsonValues.text(status);
    this.link = JsonValues.text(link);
    this.title = title == null ? Rendered.of("") : title;
    this.caption = caption == null ? Rendered.of("") : caption;
    this.description = description == null ? Rendered.of("") : description;
    this.altText = JsonValues.text(altText);
    this.mediaType = JsonValues.text(mediaType);
    this.mimeType = JsonValues.text(mimeType);
    this.author = author;
    this.post = post;
    this.sourceUrl = JsonValues.text(sourceUrl);
    this.mediaDetails = JsonValues.object(mediaDetails);
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The attachment id: what a post's {@code featured_media} names.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The upload date in the site's time zone.
   *
   * @return the local date, if set
   */
  public Optional<LocalDateTime> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The upload date in UTC.
   *
   * @return the UTC date, if set
   */
  public Optional<OffsetDateTime> dateGmt() {
    return Optional.ofNullable(dateGmt);
  }

  /**
   * The slug.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The status, {@link PostStatus#INHERIT} for attachments.
   *
   * @return the status; empty when the answer has none (a revision, or {@code _fields} without it)
   */
  public Optional<PostStatus> status() {
    return status.isEmpty() ? Optional.empty() : Optional.of(PostStatus.read(status));
  }

  /**
   * The attachment page's URL.
   *
   * @return the link
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
   * The caption.
   *
   * @return the caption
   */
  public Rendered caption() {
    return caption;
  }

  /**
   * The description.
   *
   * @return the description
   */
  public Rendered description() {
    return description;
  }

  /**
   * The alternative text of an image.
   *
   * @return the alt text, empty when not set
   */
  public String altText() {
    return altText;
  }

  /**
   * {@code image} or {@code file}.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The MIME type, e.g. {@code image/png}.
   *
   * @return the MIME type
   */
  public String mimeType() {
    return mimeType;
  }

  /**
   * The uploader's user id.
   *
   * @return the id
   */
  public long author() {
    return author;
  }

  /**
   * The post the file is attached to.
   *
   * @return the post id, if attached
   */
  public OptionalLong post() {
    return post == null || post == 0 ? OptionalLong.empty() : OptionalLong.of(post);
  }

  /**
   * The file's URL.
   *
   * @return the URL
   */
  public String sourceUrl() {
    return sourceUrl;
  }

  /**
   * Width, height, file name, generated sizes and EXIF data, as WordPress sends them.
   *
   * @return a JSON object
   */
  public JsonNode mediaDetails() {
    return mediaDetails.deepCopy();
  }

  /**
   * Registered meta fields.
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
        date,
        dateGmt,
        slug,
        status,
        link,
        title,
        caption,
        description,
        altText,
        mediaType,
        mimeType,
        author,
        post,
        sourceUrl,
        mediaDetails,
        meta,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Media && values().equals(((Media) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Media{id=" + id + ", " + mimeType + ", " + sourceUrl + "}";
  }
}
