package dev.wprest.client.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stream of unknown length copied to a temporary file, so that an upload's size never reaches the
 * heap while WordPress still gets the {@code Content-Length} it needs up front. The file is removed
 * once the content has been read to its end (or closed), and at the latest when the JVM exits.
 */
final class SpooledStream extends FilterInputStream {
  private final long length;

  private SpooledStream(InputStream content, long length) {
    super(content);
    this.length = length;
  }

  /**
   * Copies {@code in} (after {@code head}, already read from it) to a new temporary file.
   *
   * @throws IOException when the stream or the file fails; the file is removed then
   */
  static SpooledStream of(byte[] head, InputStream in) throws IOException {
    Path file = Files.createTempFile("wp-rest-upload-", ".part");
    file.toFile().deleteOnExit();
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(head);
        in.transferTo(out);
      }
      long length = Files.size(file);
      return new SpooledStream(
          Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE), length);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  long length() {
    return length;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b == -1) {
      close();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) throws IOException {
    int n = super.read(buffer, offset, count);
    if (n == -1) {
      // The client never closes a stream upload (it belongs to the caller); this one is ours.
      close();
    }
    return n;
  }
}
