package dev.wprest.diagnostics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A hostile HTTP/1.1 server on a raw socket (JDK only): one request per connection, answered by a
 * handler that sees exactly what the client sent, headers and body, so that it can echo them.
 */
final class EchoServer implements AutoCloseable {
  /** A request as it arrived: header names in lower case. */
  static final class Request {
    final String method;
    final String target;
    final Map<String, String> headers;
    final String body;

    Request(String method, String target, Map<String, String> headers, String body) {
      this.method = method;
      this.target = target;
      this.headers = headers;
      this.body = body;
    }

    String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }

    String query(String name) {
      int q = target.indexOf('?');
      if (q < 0) {
        return "";
      }
      for (String part : target.substring(q + 1).split("&")) {
        if (part.startsWith(name + "=")) {
          return java.net.URLDecoder.decode(
              part.substring(name.length() + 1), StandardCharsets.UTF_8);
        }
      }
      return "";
    }
  }

  /** An answer: status, header lines (name, value) and body. */
  static final class Response {
    final int status;
    final List<String[]> headers = new ArrayList<>();
    final byte[] body;

    Response(int status, String contentType, String body) {
      this.status = status;
      this.body = body.getBytes(StandardCharsets.UTF_8);
      header("Content-Type", contentType);
    }

    Response header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private volatile Function<Request, Response> handler;

  EchoServer(Function<Request, Response> handler) throws IOException {
    this.handler = handler;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "echo-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  void handler(Function<Request, Response> newHandler) {
    this.handler = newHandler;
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(5000);
        serve(s);
      } catch (IOException | RuntimeException e) {
        // a client that went away, or the server closing: take the next connection
      }
    }
  }

  private void serve(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    String head = readHead(in);
    if (head.isEmpty()) {
      return;
    }
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    Response r =
        handler.apply(
            new Request(
                requestLine[0], requestLine[1], headers, new String(body, StandardCharsets.UTF_8)));
    OutputStream out = s.getOutputStream();
    StringBuilder h = new StringBuilder("HTTP/1.1 " + r.status + " X\r\n");
    for (String[] header : r.headers) {
      h.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    h.append("Content-Length: ").append(r.body.length).append("\r\nConnection: close\r\n\r\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    out.write(r.body);
    out.flush();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
      if (matched == 4) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1).strip();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
