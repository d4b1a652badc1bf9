package dev.wprest.testing;

import java.util.List;
import java.util.Map;

/** What the fake sends back: a status, headers and a body, kept as given. */
final class Answer {
  final int status;
  final Map<String, List<String>> headers;
  final String body;

  Answer(int status, Map<String, List<String>> headers, String body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body;
  }
}
