package dev.wprest.diagnostics.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a raw socket (JDK only) that answers every request with what a hostile or broken
 * server sends: headers and then a body written by {@link Body}, however slowly or endlessly.
 */
final class RawSocketServer implements AutoCloseable {
  /** Writes a body; may block, sleep or never end. */
  interface Body {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();

  RawSocketServer(String headers, Body body) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  Thread t = new Thread(() -> serve(client, headers, body), "raw-socket-client");
                  t.setDaemon(true);
                  t.start();
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "raw-socket-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket client, String headers, Body body) {
    try (client) {
      InputStream in = client.getInputStream();
      int last4 = 0;
      int b;
      while ((b = in.read()) >= 0) {
        last4 = (last4 << 8) | b;
        if (last4 == 0x0d0a0d0a) {
          break;
        }
      }
      requests.incrementAndGet();
      OutputStream out = client.getOutputStream();
      out.write(headers.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      body.write(out);
    } catch (IOException | InterruptedException gone) {
      // the client hung up: what the test wants
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
