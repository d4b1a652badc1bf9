package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

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

  /** The most bytes of a stream of unknown length held in memory; a longer one goes to a file. */
  public static final int IN_MEMORY_LIMIT = 1024 * 1024;

  /** Where the content comes from: bytes in memory, a file, or a stream that can be read once. */
  private final byte[] data;

  private final Path file;
  private final InputStream stream;
  private final long length;
  private final AtomicBoolean streamTaken;
  private final String filename;
  private final String contentType;
  private final MediaFields fields;

  private MediaUpload(
      byte[] data,
      Path file,
      InputStream stream,
      long length,
      AtomicBoolean streamTaken,
      String filename,
      String contentType,
      MediaFields fields) {
    this.data = data;
    this.file = file;
    this.stream = stream;
    this.length = length;
    this.streamTaken = streamTaken;
    this.filename = filename;
    this.contentType = contentType;
    this.fields = fields;
  }

  private MediaUpload(byte[] data, String filename, String contentType, MediaFields fields) {
    this(data, null, null, data.length, null, filename, contentType, fields);
  }

  private MediaUpload with(String type, MediaFields newFields) {
    return new MediaUpload(data, file, stream, length, streamTaken, filename, type, newFields);
  }

  /**
   * A file from disk, streamed from the disk when the upload is sent (and again for a retry): the
   * heap it takes does not depend on the file's size. Its name is the upload's file name; its size
   * is read now.
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
    String checked = checkName(name.toString());
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UncheckedIOException(
          "cannot read " + file, new IOException("not a readable regular file"));
    }
    try {
      return new MediaUpload(
          null,
          file,
          null,
          Files.size(file),
          null,
          checked,
          guessType(checked),
          MediaFields.builder().build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * A stream of a known length, streamed as the upload is sent, never held in memory. It can be
   * sent once: a call that would need to send it again (a rate-limited upload) fails instead. The
   * caller closes it after the upload.
   *
   * @param in the content
   * @param length its exact length in bytes (WordPress needs it up front)
   * @param filename the name to store it under
   * @return the upload
   */
  public static MediaUpload of(InputStream in, long length, String filename) {
    requireNonNull(in, "in == null");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    String name = checkName(filename);
    return new MediaUpload(
        null,
        null,
        in,
        length,
        new AtomicBoolean(),
        name,
        guessType(name),
        MediaFields.builder().build());
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
   * A stream of unknown length. Up to {@value #IN_MEMORY_LIMIT} bytes are kept in memory; a longer
   * stream is copied to a temporary file now (WordPress needs the length up front), streamed from
   * there when the upload is sent, and the file is removed once it has been read (at the latest
   * when the JVM exits). Like {@link #of(InputStream, long, String)} such an upload can be sent
   * once. The caller closes {@code in}. When the length is known, {@link #of(InputStream, long,
   * String)} streams without the copy.
   *
   * @param in the content
   * @param filename the name to store it under
   * @return the upload
   * @throws UncheckedIOException when the stream or the temporary file fails
   */
  public static MediaUpload of(InputStream in, String filename) {
    requireNonNull(in, "in == null");
    String name = checkName(filename);
    try {
      byte[] head = in.readNBytes(IN_MEMORY_LIMIT + 1);
      if (head.length <= IN_MEMORY_LIMIT) {
        return of(head, name);
      }
      SpooledStream spooled = SpooledStream.of(head, in);
      return of(spooled, spooled.length(), name);
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
    return with(type, fields);
  }

  /**
   * This upload with fields set in the same request (title, caption, alt text, post).
   *
   * @param fields the fields
   * @return a new upload
   */
  public MediaUpload withFields(MediaFields fields) {
    return with(contentType, requireNonNull(fields, "fields == null"));
  }

  /**
   * The content, in memory. For a file this reads the whole file: to send it, the client streams it
   * instead ({@link #openStream()}).
   *
   * @return a copy of the bytes
   * @throws IllegalStateException for a stream upload, whose content is read only once, to send it
   * @throws UncheckedIOException when the file cannot be read
   */
  public byte[] data() {
    if (data != null) {
      return data.clone();
    }
    if (file == null) {
      throw new IllegalStateException("a stream upload is read once, when it is sent");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Opens the content for sending: a new stream each time for bytes and files, the caller's stream
   * once for a stream upload.
   *
   * @return the content, to be closed by the reader
   * @throws IllegalStateException when a stream upload's stream was already taken
   * @throws UncheckedIOException when the file cannot be opened
   */
  public InputStream openStream() {
    if (data != null) {
      return new ByteArrayInputStream(data);
    }
    if (file != null) {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    if (streamTaken.getAndSet(true)) {
      throw new IllegalStateException("a stream upload can be sent only once: " + filename);
    }
    // The caller owns (and closes) the stream; the client only reads it.
    return new FilterInputStream(stream) {
      @Override
      public void close() {}
    };
  }

  /**
   * Whether the content can be sent again (bytes and files can, a stream cannot).
   *
   * @return true unless this is a stream upload
   */
  public boolean repeatable() {
    return stream == null;
  }

  /**
   * The size in bytes.
   *
   * @return the size
   */
  public long length() {
    return length;
  }

  /**
   * The size in bytes, for files under 2 GiB.
   *
   * @return the size, or {@link Integer#MAX_VALUE} for a larger file
   */
  public int size() {
    return (int) Math.min(length, Integer.MAX_VALUE);
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
        && Objects.equals(file, u.file)
        && stream == u.stream
        && filename.equals(u.filename)
        && contentType.equals(u.contentType)
        && fields.equals(u.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        java.util.Arrays.hashCode(data),
        file,
        System.identityHashCode(stream),
        filename,
        contentType,
        fields);
  }

  @Override
  public String toString() {
    return "MediaUpload{" + filename + ", " + contentType + ", " + length + " bytes}";
  }
}
