package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A file to upload to {@code /wp/v2/media}: its bytes, the file name WordPress stores it under, its
 * {@code Content-Type} (guessed from the name unless given), and optional fields (title, alt text,
 * ...) set in the same request.
 *
 * <pre>{@code
 * Media logo = wp.media().upload(MediaUpload.of(Path.of("logo.png"))
 *     .withFields(MediaFields.builder().altText("Our logo").build()));
 * }</pre>
 *
 * <p>WordPress checks the type against the file's content and the site's allowed types: a PNG sent
 * as {@code image/jpeg}, or an SVG on a site that does not allow SVG, is refused.
 */
public final class MediaUpload {
  // The JDK's table lacks the newer web formats.
  private static final Map<String, String> EXTRA_TYPES =
      Map.of(
          "webp", "image/webp",
          "avif", "image/avif",
          "svg", "image/svg+xml",
          "heic", "image/heic",
          "mp4", "video/mp4",
          "mp3", "audio/mpeg",
          "pdf", "application/pdf");

  private final byte[] data;
  private final String filename;
  private final String contentType;
  private final MediaFields fields;

  private MediaUpload(byte[] data, String filename, String contentType, MediaFields fields) {
    this.data = data;
    this.filename = filename;
    this.contentType = contentType;
    this.fields = fields;
  }

  /**
   * A file from disk, read now; its name is the upload's file name.
   *
   * @param file the file
   * @return the upload
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MediaUpload of(Path file) {
    requireNonNull(file, "file == null");
    Path name = file.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("file has no file name: " + file);
    }
    try {
      return of(Files.readAllBytes(file), name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Bytes in memory.
   *
   * @param data the file's content (copied)
   * @param filename the name to store it under, e.g. {@code photo.jpg}; non-ASCII names are fine
   * @return the upload
   */
  public static MediaUpload of(byte[] data, String filename) {
    requireNonNull(data, "data == null");
    String name = checkName(filename);
    return new MediaUpload(data.clone(), name, guessType(name), MediaFields.builder().build());
  }

  /**
   * A stream, read to its end now (WordPress needs the length up front); the caller closes it.
   *
   * @param in the content
   * @param filename the name to store it under
   * @return the upload
   * @throws UncheckedIOException when the stream fails
   */
  public static MediaUpload of(InputStream in, String filename) {
    requireNonNull(in, "in == null");
    try {
      return of(in.readAllBytes(), filename);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload stream for " + filename, e);
    }
  }

  /**
   * This upload with another {@code Content-Type}.
   *
   * @param type e.g. {@code image/png}
   * @return a new upload
   */
  public MediaUpload withContentType(String type) {
    requireNonNull(type, "type == null");
    if (!type.contains("/") || type.contains("\r") || type.contains("\n")) {
      throw new IllegalArgumentException("not a media type: " + type);
    }
    return new MediaUpload(data, filename, type, fields);
  }

  /**
   * This upload with fields set in the same request (title, caption, alt text, post).
   *
   * @param fields the fields
   * @return a new upload
   */
  public MediaUpload withFields(MediaFields fields) {
    return new MediaUpload(data, filename, contentType, requireNonNull(fields, "fields == null"));
  }

  /**
   * The content.
   *
   * @return a copy of the bytes
   */
  public byte[] data() {
    return data.clone();
  }

  /**
   * The size in bytes.
   *
   * @return the size
   */
  public int size() {
    return data.length;
  }

  /**
   * The file name.
   *
   * @return the name
   */
  public String filename() {
    return filename;
  }

  /**
   * The {@code Content-Type} to send.
   *
   * @return the media type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The fields set with the upload.
   *
   * @return the fields, possibly none
   */
  public MediaFields fields() {
    return fields;
  }

  private static String checkName(String filename) {
    requireNonNull(filename, "filename == null");
    if (filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
      throw new IllegalArgumentException("filename must be a plain file name: " + filename);
    }
    if (filename.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("filename must not contain control characters");
    }
    return filename;
  }

  static String guessType(String filename) {
    String guessed = URLConnection.guessContentTypeFromName(filename);
    if (guessed != null) {
      return guessed;
    }
    int dot = filename.lastIndexOf('.');
    String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTRA_TYPES.getOrDefault(ext, "application/octet-stream");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MediaUpload)) {
      return false;
    }
    MediaUpload u = (MediaUpload) o;
    return java.util.Arrays.equals(data, u.data)
        && filename.equals(u.filename)
        && contentType.equals(u.contentType)
        && fields.equals(u.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(data), filename, contentType, fields);
  }

  @Override
  public String toString() {
    return "MediaUpload{" + filename + ", " + contentType + ", " + data.length + " bytes}";
  }
}
