package dev.wprest.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.net.Socket;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Paging over TLS with {@value #LATENCY_MS} ms before every answer: the auto-pager fetching 4 pages
 * ahead through {@value #PAGES} pages of 100 posts, once over HTTP/1.1 (a connection per page in
 * flight) and once over HTTP/2 (one connection), against the same server: WireMock's Jetty serving
 * h2 and http/1.1 over TLS on one port, chosen by ALPN.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TlsPagingBenchmark {
  /** The fixed latency of every request, standing for a network round trip. */
  public static final int LATENCY_MS = 20;

  /** Pages in the walk. */
  public static final int PAGES = 20;

  private WireMockServer server;
  private WordPressClient http11;
  private WordPressClient http2;

  /** Starts the server with the stub's pages and the two clients. */
  @Setup(Level.Trial)
  public void start() {
    StubWordPress pages = StubWordPress.start();
    server = new WireMockServer(options().dynamicPort().dynamicHttpsPort().containerThreads(64));
    server.start();
    String origin = "https://localhost:" + server.httpsPort();
    server.stubFor(
        get(urlPathEqualTo("/wp-json/"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json; charset=UTF-8")
                    .withBody(pages.indexBody())));
    for (int p = 1; p <= PAGES; p++) {
      // Page 1 also answers a request without a page parameter (the stubs added later win).
      server.stubFor(
          (p == 1
                  ? get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                  : get(urlPathEqualTo("/wp-json/wp/v2/posts"))
                      .withQueryParam("page", equalTo(String.valueOf(p))))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json; charset=UTF-8")
                      .withHeader("X-WP-Total", String.valueOf(PAGES * StubWordPress.PER_PAGE))
                      .withHeader("X-WP-TotalPages", String.valueOf(PAGES))
                      .withBody(pages.pageBody(p))
                      .withFixedDelay(LATENCY_MS)));
    }
    pages.close();
    http11 = client(origin, HttpClient.Version.HTTP_1_1);
    http2 = client(origin, HttpClient.Version.HTTP_2);
  }

  private static WordPressClient client(String origin, HttpClient.Version version) {
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(origin + "/wp-json/")
            .sslContext(trustAnything())
            .httpVersion(version)
            .acceptGzip(false)
            .callTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.none())
            .build();
    client.siteInfo();
    return client;
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    server.stop();
  }

  private static void walk(WordPressClient client, Blackhole sink) {
    for (Post post :
        client
            .posts()
            .autoPager(PostQuery.builder().perPage(StubWordPress.PER_PAGE).build())
            .parallel(4)) {
      sink.consume(post);
    }
  }

  /**
   * Every page over HTTP/1.1, 4 ahead.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void walkHttp11(Blackhole sink) {
    walk(http11, sink);
  }

  /**
   * Every page over HTTP/2, 4 ahead.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void walkHttp2(Blackhole sink) {
    walk(http2, sink);
  }

  /** WireMock's self-signed certificate names no host: trusted here, on loopback, for the run. */
  private static SSLContext trustAnything() {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new TrustManager[] {new TrustingManager()}, null);
      return tls;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Accepts every certificate and host name (an extended manager, so the JDK asks it alone). */
  private static final class TrustingManager extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}
  }
}
