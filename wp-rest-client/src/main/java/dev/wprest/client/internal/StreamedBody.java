package dev.wprest.client.internal;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.function.Supplier;

/**
 * A request body streamed from its source as it is sent (an upload from a file or a stream), so
 * that its size never reaches the heap. Opened anew for each attempt when the source allows it.
 */
public final class StreamedBody {
  private final Supplier<InputStream> open;
  private final long length;
  private final boolean repeatable;

  /**
   * A body opened by {@code open}, of {@code length} bytes; {@code repeatable} when it can be
   * opened again.
   */
  public StreamedBody(Supplier<InputStream> open, long length, boolean repeatable) {
    this.open = open;
    this.length = length;
    this.repeatable = repeatable;
  }

  /** Whether the body can be sent a second time (a retry, a refreshed nonce). */
  public boolean repeatable() {
    return repeatable;
  }

  /** A publisher that opens the source when the JDK subscribes, with the length declared. */
  public HttpRequest.BodyPublisher publisher() {
    return HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(open), length);
  }
}
