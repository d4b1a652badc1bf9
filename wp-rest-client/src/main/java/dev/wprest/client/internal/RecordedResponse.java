package dev.wprest.client.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * An answer that did not arrive over a connection (one item of a batch answer, an answer recorded
 * in a HAR file) seen as the HTTP response it stands for, so that its failure goes through the same
 * {@link ErrorMapper} as a live call's: same exception type per status, same redaction, same
 * evidence. A null body is a body nobody looked at, not an empty one.
 */
public final class RecordedResponse implements HttpResponse<byte[]> {
  private final HttpRequest request;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;

  public RecordedResponse(HttpRequest request, int status, HttpHeaders headers, byte[] body) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  @Override
  public int statusCode() {
    return status;
  }

  @Override
  public HttpRequest request() {
    return request;
  }

  @Override
  public Optional<HttpResponse<byte[]>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public byte[] body() {
    return body;
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return request.uri();
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
