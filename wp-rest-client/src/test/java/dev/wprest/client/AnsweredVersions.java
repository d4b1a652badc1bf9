package dev.wprest.client;

import dev.wprest.client.internal.ExchangeHook;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the HTTP version of every answer a client read whole, through the exchange hook. */
final class AnsweredVersions implements ExchangeHook {
  private final List<HttpClient.Version> versions = new CopyOnWriteArrayList<>();

  @Override
  public void answered(HttpRequest request, HttpResponse<byte[]> response) {
    versions.add(response.version());
  }

  /** The versions seen, in order. */
  List<HttpClient.Version> versions() {
    return List.copyOf(versions);
  }
}
