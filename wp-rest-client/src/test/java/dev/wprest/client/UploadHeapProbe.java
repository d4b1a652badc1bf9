package dev.wprest.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM with a small heap by {@link UploadHeapTest}: uploads a file four times the heap's
 * size from disk and prints how many bytes the server received. It can only finish if the upload is
 * streamed from the file, not read into memory.
 */
public final class UploadHeapProbe {
  static final long SIZE = 256L * 1024 * 1024;

  private UploadHeapProbe() {}

  /**
   * Writes the file, starts the stub, uploads and prints the count.
   *
   * @param args unused
   * @throws IOException if the file or the stub cannot be made
   */
  public static void main(String[] args) throws IOException {
    Path file = Files.createTempFile("upload-heap", ".bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SIZE);
    }
    AtomicLong received = new AtomicLong();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> answer(exchange, received));
    server.start();
    try {
      WordPressClient client =
          WordPressClient.builder()
              .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/wp-json/")
              .auth(AuthStrategy.applicationPassword("editor", "abcd efgh ijkl mnop qrst uvwx"))
              .build();
      Media media = client.media().upload(MediaUpload.of(file));
      System.out.println("media=" + media.id() + " received=" + received.get());
      received.set(0);
      // A stream of unknown length: spooled to a temporary file, not read into the heap.
      try (InputStream in = Files.newInputStream(file)) {
        Media streamed = client.media().upload(MediaUpload.of(in, "unknown-length.bin"));
        System.out.println("stream media=" + streamed.id() + " received=" + received.get());
      }
      try (java.util.stream.Stream<Path> left =
          Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        System.out.println(
            "spool files left="
                + left.filter(p -> p.getFileName().toString().startsWith("wp-rest-upload-"))
                    .count());
      }
    } finally {
      server.stop(0);
      Files.delete(file);
    }
  }

  private static void answer(HttpExchange exchange, AtomicLong received) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      byte[] body;
      int status;
      if (path.equals("/wp-json/")) {
        body =
            "{\"routes\":{},\"namespaces\":[\"wp/v2\"],\"url\":\"http://127.0.0.1/\"}"
                .getBytes(StandardCharsets.UTF_8);
        status = 200;
      } else {
        byte[] buffer = new byte[65536];
        try (InputStream in = exchange.getRequestBody()) {
          for (int n; (n = in.read(buffer)) != -1; ) {
            received.addAndGet(n);
          }
        }
        body = "{\"id\":7,\"media_type\":\"file\"}".getBytes(StandardCharsets.UTF_8);
        status = 201;
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }
}
