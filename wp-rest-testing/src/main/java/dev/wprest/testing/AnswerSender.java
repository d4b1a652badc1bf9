package dev.wprest.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Writes an {@link Answer} to the JDK server's exchange, its origins moved by the caller. */
final class AnswerSender {
  /** Headers the JDK server sets itself from what it sends; recorded values would lie. */
  private static final List<String> HOP_BY_HOP =
      List.of("content-length", "transfer-encoding", "connection", "keep-alive", "date");

  private AnswerSender() {}

  static void send(HttpExchange exchange, Answer answer, UnaryOperator<String> relocate)
      throws IOException {
    for (Map.Entry<String, List<String>> header : answer.headers.entrySet()) {
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          exchange.getResponseHeaders().add(header.getKey(), relocate.apply(value));
        }
      }
    }
    byte[] body = relocate.apply(answer.body).getBytes(StandardCharsets.UTF_8);
    boolean noBody = exchange.getRequestMethod().equals("HEAD") || body.length == 0;
    exchange.sendResponseHeaders(answer.status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
