package dev.wprest.client.authorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {
  private static final String PASSWORD = "Zq4X9rTbLm2W8kPdYv7N3hJc";
  private static final String APPROVAL =
      "&site_url=http%3A%2F%2F127.0.0.1%3A8081&user_login=itadmin&password=" + PASSWORD;
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** A raw answer: status line and body. */
  static final class Answer {
    final int status;
    final String text;

    Answer(int status, String text) {
      this.status = status;
      this.text = text;
    }
  }

  /** A browser's GET, written by hand so that the Host header and method can be anything. */
  static Answer send(String method, URI uri, String host) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
      socket.setSoTimeout(5000);
      String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + target
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(text.substring(9, 12)), text);
    }
  }

  private static Answer get(URI uri) throws IOException {
    return send("GET", uri, uri.getRawAuthority());
  }

  private static URI withQuery(URI base, String extra) {
    return URI.create(base + extra);
  }

  @Test
  void anApprovalReturnsTheCredentialForTheUserWhoApproved() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      Answer answer = get(withQuery(receiver.successUrl(), APPROVAL));

      AuthorizationResult result = receiver.await(WAIT);

      assertThat(answer.status).isEqualTo(200);
      assertThat(answer.text)
          .contains("approved")
          .containsIgnoringCase("Cache-Control: no-store")
          .containsIgnoringCase("Referrer-Policy: no-referrer")
          .doesNotContain(PASSWORD);
      assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.APPROVED);
      AuthorizationResult.Approved approved = result.approved().orElseThrow();
      assertThat(approved.userLogin()).isEqualTo("itadmin");
      assertThat(approved.siteUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
      assertThat(approved.revealPassword()).isEqualTo(PASSWORD);
      String basic =
          Base64.getEncoder()
              .encodeToString(("itadmin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      assertThat(approved.credential().credentials(null))
          .isEqualTo(Map.of("Authorization", "Basic " + basic));
    }
  }

  @Test
  void theBrowserGetsItsAnswerEvenThoughTheWaitingThreadClosesTheReceiverAtOnce() throws Exception {
    LoopbackReceiver receiver = LoopbackReceiver.start();
    CompletableFuture<AuthorizationResult> waiting = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                waiting.complete(receiver.await(WAIT));
              } catch (InterruptedException e) {
                waiting.completeExceptionally(e);
              }
            });
    waiter.start();

    for (int i = 0; i < 20 && waiter.getState() != Thread.State.TIMED_WAITING; i++) {
      Thread.sleep(50);
    }
    Answer answer = get(withQuery(receiver.successUrl(), APPROVAL));

    assertThat(answer.status).isEqualTo(200);
    assertThat(answer.text).contains("approved");
    assertThat(waiting.get(10, TimeUnit.SECONDS).outcome())
        .isEqualTo(AuthorizationResult.Outcome.APPROVED);
  }

  @Test
  void aRejectionIsATypedResultWithoutCredential() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      assertThat(get(receiver.rejectUrl()).status).isEqualTo(200);

      AuthorizationResult result = receiver.await(WAIT);

      assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.REJECTED);
      assertThat(result.approved()).isEmpty();
    }
  }

  @Test
  void aRejectionWhereWordPressAddsSuccessFalseAgainIsStillARejection() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      // Later WordPress versions run add_query_arg('success', 'false', reject_url): replaced.
      get(
          receiver
              .successUrl()
              .resolve(
                  LoopbackReceiver.CALLBACK_PATH + "?state=" + state(receiver) + "&success=false"));

      assertThat(receiver.await(WAIT).outcome()).isEqualTo(AuthorizationResult.Outcome.REJECTED);
    }
  }

  @Test
  void theSitesGoBackLinkWhenApplicationPasswordsAreOffIsUnavailable() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      get(withQuery(receiver.rejectUrl(), "&error=disabled"));

      assertThat(receiver.await(WAIT).outcome()).isEqualTo(AuthorizationResult.Outcome.UNAVAILABLE);
    }
  }

  @Test
  void aForgedOrMissingStateIsRefusedAndTheGenuineCallbackStillCounts() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI base = receiver.successUrl();
      URI forged = base.resolve(LoopbackReceiver.CALLBACK_PATH + "?state=guess" + APPROVAL);
      URI missing = base.resolve(LoopbackReceiver.CALLBACK_PATH + "?" + APPROVAL.substring(1));
      URI twice = withQuery(base, "&state=guess" + APPROVAL);

      assertThat(get(forged).status).isEqualTo(403);
      assertThat(get(missing).status).isEqualTo(403);
      assertThat(get(twice).status).isEqualTo(403);
      assertThat(receiver.refusedRequests()).isEqualTo(3);

      get(withQuery(base, APPROVAL.replace(PASSWORD, "genuine")));
      AuthorizationResult result = receiver.await(WAIT);
      assertThat(result.approved().orElseThrow().revealPassword()).isEqualTo("genuine");
    }
  }

  @Test
  void anotherPathMethodOrHostIsRefused() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI genuine = withQuery(receiver.successUrl(), APPROVAL);
      String authority = genuine.getRawAuthority();

      assertThat(send("POST", genuine, authority).status).isEqualTo(405);
      assertThat(send("GET", genuine, "evil.example:" + genuine.getPort()).status).isEqualTo(403);
      assertThat(get(genuine.resolve("/other?" + genuine.getRawQuery())).status).isEqualTo(404);
      assertThat(get(withQuery(receiver.successUrl(), "&user_login=x")).status).isEqualTo(400);
      assertThat(receiver.refusedRequests()).isEqualTo(4);
      assertThat(receiver.await(Duration.ofMillis(200)).outcome())
          .isEqualTo(AuthorizationResult.Outcome.TIMED_OUT);
    }
  }

  @Test
  void answersOnlyOnce() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      get(withQuery(receiver.successUrl(), APPROVAL));
      Answer second = get(withQuery(receiver.successUrl(), APPROVAL.replace(PASSWORD, "later")));

      assertThat(second.status).isEqualTo(410);
      assertThat(receiver.await(WAIT).approved().orElseThrow().revealPassword())
          .isEqualTo(PASSWORD);
    }
  }

  @Test
  void timesOutAsATypedResultAndStopsListening() throws Exception {
    LoopbackReceiver receiver = LoopbackReceiver.start();
    URI callback = withQuery(receiver.successUrl(), APPROVAL);

    AuthorizationResult result = receiver.await(Duration.ofMillis(100));

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.TIMED_OUT);
    assertThat(result).isInstanceOf(AuthorizationResult.TimedOut.class);
    assertThatThrownBy(() -> get(callback)).isInstanceOf(ConnectException.class);
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    assertThatThrownBy(() -> LoopbackReceiver.start(InetAddress.getByName("192.0.2.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback only");
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      assertThat(receiver.successUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(receiver.successUrl().getPath()).isEqualTo(LoopbackReceiver.CALLBACK_PATH);
    }
  }

  @Test
  void eachReceiverHasItsOwnUnguessableState() {
    try (LoopbackReceiver a = LoopbackReceiver.start();
        LoopbackReceiver b = LoopbackReceiver.start()) {
      assertThat(state(a)).hasSize(43).isNotEqualTo(state(b));
      assertThat(a.successUrl().getPort()).isNotEqualTo(b.successUrl().getPort());
    }
  }

  @Test
  void neitherThePasswordNorTheStateAppearsInToString() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      get(withQuery(receiver.successUrl(), APPROVAL));
      AuthorizationResult result = receiver.await(WAIT);

      assertThat(result.toString()).doesNotContain(PASSWORD).contains("itadmin");
      assertThat(result.approved().orElseThrow().credential().toString()).doesNotContain(PASSWORD);
      assertThat(receiver.toString()).doesNotContain(state(receiver));
      assertThat(CallbackQuery.parse(withQuery(receiver.successUrl(), APPROVAL).getRawQuery()))
          .asString()
          .doesNotContain(PASSWORD);
    }
  }

  private static String state(LoopbackReceiver receiver) {
    String query = receiver.successUrl().getRawQuery();
    return query.substring(query.indexOf("state=") + "state=".length());
  }
}
