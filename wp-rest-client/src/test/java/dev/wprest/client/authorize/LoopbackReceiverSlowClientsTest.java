package dev.wprest.client.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Connections that never finish their request (a browser's speculative preconnects, a local process
 * dripping bytes) beside the real callback: the callback is answered at once and the slow ones are
 * closed at their deadline.
 */
class LoopbackReceiverSlowClientsTest {
  private static final String APPROVAL =
      "&site_url=http%3A%2F%2F127.0.0.1%3A8081&user_login=itadmin"
          + "&password=Zq4X9rTbLm2W8kPdYv7N3hJc";

  /** The receiver's promise: the real callback is answered within 5 s whatever else is open. */
  private static final long PROMISED_MILLIS = 5_000;

  private static Socket connect(URI uri) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
    socket.setSoTimeout(10_000);
    return socket;
  }

  @Test
  void theRealCallbackIsAnsweredAtOnceBesideFiftyIdleAndDrippingConnections() throws Exception {
    ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
    List<Socket> slow = new ArrayList<>();
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url = receiver.successUrl();
      List<OutputStream> dripping = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        Socket s = connect(url);
        slow.add(s);
        if (i % 2 == 0) {
          dripping.add(s.getOutputStream());
        }
      }
      byte[] head = ("GET " + url.getRawPath() + " HTTP/1.1\r\nHost: x").getBytes();
      int[] sent = {0};
      drip.scheduleAtFixedRate(
          () -> {
            for (OutputStream out : dripping) {
              try {
                out.write(head[sent[0] % head.length]);
                out.flush();
              } catch (IOException closedByTheReceiver) {
                // expected once its deadline passed
              }
            }
            sent[0]++;
          },
          0,
          100,
          TimeUnit.MILLISECONDS);
      Thread.sleep(300); // every slow connection is accepted and has started dripping

      long start = System.nanoTime();
      LoopbackReceiverTest.Answer answer =
          LoopbackReceiverTest.send("GET", URI.create(url + APPROVAL), url.getRawAuthority());
      long answeredMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      AuthorizationResult result = receiver.await(Duration.ofSeconds(10));

      System.out.println(
          "callback answered in " + answeredMillis + " ms beside 50 slow connections");
      assertThat(answer.status).isEqualTo(200);
      assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.APPROVED);
      assertThat(answeredMillis).isLessThan(PROMISED_MILLIS / 5);
    } finally {
      drip.shutdownNow();
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aConnectionThatSendsNoRequestIsClosedAtItsDeadline() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start();
        Socket idle = connect(receiver.successUrl())) {
      long start = System.nanoTime();
      int read = idle.getInputStream().read();
      long closedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(read).as("closed without an answer").isEqualTo(-1);
      assertThat(closedAfter)
          .isBetween(
              CallbackServer.HEAD_DEADLINE_MILLIS - 500,
              CallbackServer.HEAD_DEADLINE_MILLIS + 2_000);
    }
  }

  @Test
  void moreConnectionsThanTheBoundCloseTheOldestAndTheCallbackStillGetsIn() throws Exception {
    List<Socket> flood = new ArrayList<>();
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url = receiver.successUrl();
      for (int i = 0; i < CallbackServer.MAX_CONNECTIONS + 20; i++) {
        flood.add(connect(url));
      }
      LoopbackReceiverTest.Answer answer =
          LoopbackReceiverTest.send("GET", URI.create(url + APPROVAL), url.getRawAuthority());

      assertThat(answer.status).isEqualTo(200);
      assertThat(receiver.await(Duration.ofSeconds(10)).outcome())
          .isEqualTo(AuthorizationResult.Outcome.APPROVED);
      flood.get(0).setSoTimeout(2_000);
      assertThat(flood.get(0).getInputStream().read()).as("the oldest was closed").isEqualTo(-1);
    } finally {
      for (Socket s : flood) {
        s.close();
      }
    }
  }

  @Test
  void aRequestHeadBeyondTheLimitIsRefusedAndCounted() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start();
        Socket socket = connect(receiver.successUrl())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nX-Filler: " + "a".repeat(CallbackServer.MAX_HEAD_BYTES))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);

      assertThat(answer).startsWith("HTTP/1.1 431");
      assertThat(receiver.refusedRequests()).isEqualTo(1);
    }
  }
}
