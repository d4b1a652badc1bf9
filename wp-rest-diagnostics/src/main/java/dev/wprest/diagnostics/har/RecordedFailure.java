package dev.wprest.diagnostics.har;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.internal.ErrorMapper;
import dev.wprest.client.internal.RecordedResponse;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnoses one recorded request offline: the recorded answer goes through the client's own error
 * mapping, exactly as a live answer would, and the resulting failure through the standard analyzer
 * chain. Nothing is sent and no server is started.
 */
final class RecordedFailure {
  private static final ErrorMapper ERRORS = new ErrorMapper(new ObjectMapper(), RetryPolicy.none());

  private RecordedFailure() {}

  /** The diagnosis of a failed entry (status 400 or more), or empty for any other. */
  static Optional<Diagnosis> diagnose(HarEntry entry) {
    if (entry.status() < 400) {
      return Optional.empty();
    }
    AuthStrategy auth = auth(entry);
    RuntimeException failure =
        ERRORS.fromResponse(answer(entry), auth, auth.sendsCredentials(), List.of());
    return Optional.of(AuthDiagnostics.diagnose(failure));
  }

  /** The credential headers the entry carried, as a strategy that describes and masks them. */
  static AuthStrategy auth(HarEntry entry) {
    Map<String, String> headers = new LinkedHashMap<>();
    entry.requestHeader("authorization").ifPresent(v -> headers.put("Authorization", v));
    entry.requestHeader("cookie").ifPresent(v -> headers.put("Cookie", v));
    entry.requestHeader("x-wp-nonce").ifPresent(v -> headers.put("X-WP-Nonce", v));
    return HeaderAuth.of(headers);
  }

  /**
   * The recorded answer as the client's transport would have received it. An answer whose body the
   * file does not hold has no body at all (null), which the client records as a body it did not
   * look at, not as an empty one: an empty body would be read as the server's fault.
   */
  private static RecordedResponse answer(HarEntry entry) {
    return new RecordedResponse(
        request(entry),
        entry.status(),
        HttpHeaders.of(entry.responseHeaders(), (name, value) -> true),
        entry.bodyRecorded() ? entry.responseBody() : null);
  }

  /**
   * The request as sent, with the names of the headers it carried; their values stay in the file
   * (only the names are ever kept).
   */
  private static HttpRequest request(HarEntry entry) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(withoutUserInfo(entry.url()))
            .method(entry.method(), HttpRequest.BodyPublishers.noBody());
    for (String name : entry.requestHeaders().keySet()) {
      try {
        b.header(name, "recorded");
      } catch (IllegalArgumentException restrictedOrInvalid) {
        // Host, Connection and the like: the JDK sets them itself and no analyzer reads them.
      }
    }
    return b.build();
  }

  /** The URL without {@code user:password@}, which a client never sends in the request line. */
  static URI withoutUserInfo(URI url) {
    if (url.getRawUserInfo() == null) {
      return url;
    }
    String text = url.toString();
    int at = text.indexOf('@', text.indexOf("//") + 2);
    return URI.create(text.substring(0, text.indexOf("//") + 2) + text.substring(at + 1));
  }
}
