package dev.wprest.client.authorize;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides the answer to each request head the receiver reads: the one genuine callback (loopback,
 * its own {@code Host}, the callback path, {@code GET}, the right {@code state}) is accepted once;
 * anything else is refused and counted. Runs on the listener's one thread only.
 */
final class CallbackRequests {
  private static final String DONE_PAGE =
      "<!doctype html><meta charset=utf-8><title>Done</title>"
          + "<p>%s You can close this window and return to the application.";

  private final String state;
  private final String authority;
  private final AtomicInteger refused;
  private boolean claimed;

  CallbackRequests(String state, String authority, AtomicInteger refused) {
    this.state = state;
    this.authority = authority;
    this.refused = refused;
  }

  /** The answer to one request head (without its blank line). */
  Reply reply(String head, boolean fromLoopback) {
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (!fromLoopback || requestLine.length != 3 || !authority.equalsIgnoreCase(host(lines))) {
      // A page that made the browser resolve its own host name to 127.0.0.1 sends that name.
      return refuse(403, "Refused.");
    }
    String target = requestLine[1];
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    if (!LoopbackReceiver.CALLBACK_PATH.equals(path)) {
      return refuse(404, "Not found.");
    }
    if (!"GET".equals(requestLine[0])) {
      return refuse(405, "GET only.");
    }
    if (claimed) {
      return refuse(410, "This request was already answered.");
    }
    CallbackQuery query = CallbackQuery.parse(q < 0 ? null : target.substring(q + 1));
    if (!query.stateMatches(state)) {
      return refuse(403, "This callback is not for this request.");
    }
    Optional<AuthorizationResult> answer = query.result();
    if (answer.isEmpty()) {
      return refuse(400, "Neither an approval nor a rejection.");
    }
    claimed = true;
    String said;
    switch (answer.get().outcome()) {
      case APPROVED:
        said = "The application was approved.";
        break;
      case REJECTED:
        said = "The request was rejected.";
        break;
      default:
        said = "The site does not offer Application Passwords.";
    }
    return new Reply(200, String.format(DONE_PAGE, said), answer.get());
  }

  private static String host(String[] lines) {
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase("host")) {
        return lines[i].substring(colon + 1).strip();
      }
    }
    return "";
  }

  /** Counts the refusal before answering: whoever reads the answer sees the count. */
  private Reply refuse(int status, String text) {
    refused.incrementAndGet();
    return Reply.of(status, text);
  }

  /** An answer to write, and the result it delivers, if it is the callback's. */
  static final class Reply {
    private final int status;
    private final String body;
    private final AuthorizationResult delivered;

    private Reply(int status, String body, AuthorizationResult delivered) {
      this.status = status;
      this.body = body;
      this.delivered = delivered;
    }

    static Reply of(int status, String text) {
      return new Reply(status, text, null);
    }

    Optional<AuthorizationResult> delivered() {
      return Optional.ofNullable(delivered);
    }

    /** The whole answer; the page asks the browser not to keep or forward it. */
    byte[] bytes() {
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String head =
          "HTTP/1.1 "
              + status
              + (status == 200 ? " OK" : " Refused")
              + "\r\nContent-Type: "
              + (status == 200 ? "text/html" : "text/plain")
              + "; charset=utf-8\r\nContent-Length: "
              + content.length
              + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer"
              + "\r\nConnection: close\r\n\r\n";
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      byte[] all = new byte[headBytes.length + content.length];
      System.arraycopy(headBytes, 0, all, 0, headBytes.length);
      System.arraycopy(content, 0, all, headBytes.length, content.length);
      return all;
    }
  }
}
