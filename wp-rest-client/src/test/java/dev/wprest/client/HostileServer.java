package dev.wprest.client;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.1 server, JDK only, that answers each request path with whatever a {@link
 * Behaviour} writes to the socket: endless, huge, dripping, malformed or cut-off answers that no
 * well-behaved server library would produce. It counts every request line it reads, per path, so
 * that a test can compare what the server saw with what the retry policy allows.
 */
final class HostileServer implements Closeable {
  /** What the server does with one request, given the socket's output. */
  interface Behaviour {
    void answer(Socket socket, OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private volatile boolean closed;

  HostileServer() throws IOException {
    socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /** The server's base URL, ending in {@code /}. */
  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Answers requests whose path starts with {@code prefix} (longest prefix wins). */
  HostileServer on(String prefix, Behaviour behaviour) {
    behaviours.put(prefix, behaviour);
    return this;
  }

  /** Request lines read for paths starting with {@code prefix}. */
  int requests(String prefix) {
    return seen.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        threads.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (!closed) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String requestLine = head.substring(0, head.indexOf("\r\n"));
        String target = requestLine.split(" ")[1];
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String key = target.contains("rest_route=") ? target : path;
        seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        skipBody(in, head);
        behaviourFor(key).answer(s, out);
        out.flush();
        if (s.isClosed() || s.isOutputShutdown()) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away: nothing to answer
    }
  }

  private Behaviour behaviourFor(String key) {
    String best = null;
    for (String prefix : behaviours.keySet()) {
      if (key.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null
        ? Answers.status(404, "text/html", "<h1>Not Found</h1>")
        : behaviours.get(best);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    for (int b; (b = in.read()) != -1; ) {
      head.write(b);
      state = (b == '\r' && state % 2 == 0) || (b == '\n' && state % 2 == 1) ? state + 1 : 0;
      if (state == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static void skipBody(InputStream in, String head) throws IOException {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        long n = Long.parseLong(line.substring(15).strip());
        while (n > 0) {
          long skipped = in.skip(n);
          if (skipped <= 0) {
            if (in.read() == -1) {
              return;
            }
            skipped = 1;
          }
          n -= skipped;
        }
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "hostile-server");
      t.setDaemon(true);
      return t;
    };
  }

  /** The answers the hostile suite needs. */
  static final class Answers {
    private Answers() {}

    static Behaviour raw(String text) {
      return (s, out) -> out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Behaviour status(int status, String contentType, String body) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return (s, out) -> {
        out.write(
            ("HTTP/1.1 "
                    + status
                    + " X\r\nContent-Type: "
                    + contentType
                    + "\r\nContent-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
      };
    }

    static Behaviour headers(int status, String extraHeaders, String body) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return (s, out) -> {
        out.write(
            ("HTTP/1.1 "
                    + status
                    + " X\r\n"
                    + extraHeaders
                    + "Content-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
      };
    }

    /** A chunked JSON body that never ends, until the client hangs up. */
    static Behaviour endlessChunked() {
      byte[] chunk = ("[" + "{\"id\":1},".repeat(1800)).getBytes(StandardCharsets.US_ASCII);
      byte[] framed = frame(chunk);
      return (s, out) -> {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        while (true) {
          out.write(framed);
        }
      };
    }

    /** A body that declares {@code declared} bytes and streams them (or as long as it can). */
    static Behaviour declared(long declared) {
      byte[] block = "x".repeat(16384).getBytes(StandardCharsets.US_ASCII);
      return (s, out) -> {
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + declared
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (long sent = 0; sent < declared; sent += block.length) {
          out.write(block, 0, (int) Math.min(block.length, declared - sent));
        }
      };
    }

    /** Headers at once, then one byte a second of a 1000-byte body. */
    static Behaviour dripping() {
      return (s, out) -> {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        for (int i = 0; i < 1000; i++) {
          out.write(' ');
          out.flush();
          sleep(1000);
        }
      };
    }

    /** The status line and headers one byte a second: the answer never finishes its head. */
    static Behaviour drippingHeaders() {
      byte[] head = "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1);
      return (s, out) -> {
        for (int i = 0; ; i++) {
          out.write(i < head.length ? head[i] : 'a');
          out.flush();
          sleep(1000);
        }
      };
    }

    /** Headers that never end: one long header line after another. */
    static Behaviour endlessHeaders() {
      byte[] line = ("X-Bait: " + "a".repeat(8000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      return (s, out) -> {
        out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
        while (true) {
          out.write(line);
        }
      };
    }

    /** Closes the connection without a byte of answer. */
    static Behaviour drop() {
      return (s, out) -> s.close();
    }

    /** Resets the connection (RST) without a byte of answer. */
    static Behaviour reset() {
      return (s, out) -> {
        s.setSoLinger(true, 0);
        s.close();
      };
    }

    /** Half a status line, then a reset. */
    static Behaviour resetMidHeaders() {
      return (s, out) -> {
        out.write("HTTP/1.1 200 O".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        s.setSoLinger(true, 0);
        s.close();
      };
    }

    /** Headers and part of the declared body, then a close. */
    static Behaviour dropMidBody() {
      return (s, out) -> {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        s.close();
      };
    }

    private static byte[] frame(byte[] chunk) {
      byte[] size =
          (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] framed = new byte[size.length + chunk.length + 2];
      System.arraycopy(size, 0, framed, 0, size.length);
      System.arraycopy(chunk, 0, framed, size.length, chunk.length);
      framed[framed.length - 2] = '\r';
      framed[framed.length - 1] = '\n';
      return framed;
    }

    private static void sleep(long millis) throws IOException {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("stopped", e);
      }
    }
  }
}
