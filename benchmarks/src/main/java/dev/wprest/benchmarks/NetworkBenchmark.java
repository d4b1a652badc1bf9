package dev.wprest.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.ResultPage;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostQuery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Over a network, not loopback: the stub adds a fixed latency to every request. A page of 100 posts
 * with and without gzip (the bytes on the wire are printed when the benchmark ends), and 200
 * concurrent async gets (the threads they made are printed), each against raw JDK code doing the
 * same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class NetworkBenchmark {
  private static final TypeReference<List<Post>> POSTS = new TypeReference<>() {};
  private static final int CONCURRENT = 200;

  /** Milliseconds the stub waits before answering each request, standing for a network. */
  @Param("20")
  public long latencyMillis;

  private StubWordPress stub;
  private HttpClient http;
  private ObjectMapper mapper;
  private WordPressClient gzip;
  private WordPressClient plain;
  private URI page;
  private URI post;
  private long bytesAtStart;
  private long requestsAtStart;

  /**
   * Starts the stub and the clients; for the async pair, prints the threads one round made.
   *
   * @param params which benchmark this fork runs
   */
  @Setup(Level.Trial)
  public void start(BenchmarkParams params) {
    stub = StubWordPress.start(latencyMillis);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    gzip = client(true);
    plain = client(false);
    page = stub.apiRoot().resolve("wp/v2/posts?per_page=100&page=1");
    post = stub.apiRoot().resolve("wp/v2/posts/1");
    String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (name.equals("asyncGets") || name.equals("rawAsyncGets")) {
      int before = threads();
      if (name.equals("asyncGets")) {
        asyncGets();
      } else {
        rawAsyncGets();
      }
      System.out.printf(
          Locale.ROOT,
          "%nthreads: %s made %d threads for %d concurrent gets%n",
          name,
          threads() - before,
          CONCURRENT);
    }
    bytesAtStart = stub.bodyBytesSent();
    requestsAtStart = stub.requestsServed();
  }

  private WordPressClient client(boolean acceptGzip) {
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(stub.apiRoot().toString())
            .callTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.none())
            .acceptGzip(acceptGzip)
            // Raw sendAsync has no limit: the default (16 in flight, sized for a WordPress host's
            // PHP workers) would measure the queue, not the pipeline's cost.
            .maxConcurrentRequests(CONCURRENT)
            .build();
    client.siteInfo();
    return client;
  }

  /** Live threads, the stub's own excepted. */
  private static int threads() {
    int count = 0;
    for (ThreadInfo t :
        ManagementFactory.getThreadMXBean()
            .getThreadInfo(ManagementFactory.getThreadMXBean().getAllThreadIds())) {
      if (t != null && !t.getThreadName().startsWith(StubWordPress.THREAD_NAME)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Prints the response body bytes per request sent during the measurement, and stops the stub.
   *
   * @param params which benchmark this fork ran
   */
  @TearDown(Level.Trial)
  public void stop(BenchmarkParams params) {
    long requests = stub.requestsServed() - requestsAtStart;
    if (requests > 0) {
      System.out.printf(
          Locale.ROOT,
          "%nwire: %s %d body bytes per request%n",
          params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1),
          (stub.bodyBytesSent() - bytesAtStart) / requests);
    }
    stub.close();
  }

  private HttpResponse<byte[]> rawGet(URI uri, boolean acceptGzip) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
    if (acceptGzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static InputStream decoded(HttpResponse<byte[]> response) throws IOException {
    InputStream in = new ByteArrayInputStream(response.body());
    return response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
        ? new GZIPInputStream(in)
        : in;
  }

  /**
   * Raw: a page of 100 posts, uncompressed.
   *
   * @return the posts
   * @throws Exception on failure
   */
  @Benchmark
  public List<Post> rawListPlain() throws Exception {
    return mapper.readValue(rawGet(page, false).body(), POSTS);
  }

  /**
   * Raw: a page of 100 posts, asking for gzip and decoding it with {@code GZIPInputStream}.
   *
   * @return the posts
   * @throws Exception on failure
   */
  @Benchmark
  public List<Post> rawListGzip() throws Exception {
    try (InputStream in = decoded(rawGet(page, true))) {
      return mapper.readValue(in, POSTS);
    }
  }

  /**
   * wp-rest with {@code acceptGzip(false)}: a page of 100 posts.
   *
   * @return the page
   */
  @Benchmark
  public ResultPage<Post> listPlain() {
    return plain.posts().list(PostQuery.builder().perPage(100).page(1).build());
  }

  /**
   * wp-rest as built (gzip asked for): a page of 100 posts.
   *
   * @return the page
   */
  @Benchmark
  public ResultPage<Post> listGzip() {
    return gzip.posts().list(PostQuery.builder().perPage(100).page(1).build());
  }

  /**
   * Raw: 200 concurrent {@code HttpClient.sendAsync} gets, each bound to {@code Post}.
   *
   * @return the posts
   */
  @Benchmark
  public List<Post> rawAsyncGets() {
    List<CompletableFuture<Post>> calls = new ArrayList<>(CONCURRENT);
    for (int i = 0; i < CONCURRENT; i++) {
      calls.add(
          http.sendAsync(
                  HttpRequest.newBuilder(post).header("Accept", "application/json").GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray())
              .thenApply(
                  response -> {
                    try {
                      return mapper.readValue(response.body(), Post.class);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }));
    }
    return joined(calls);
  }

  /**
   * wp-rest: 200 concurrent {@code posts().getAsync(1)} on the client's default executor.
   *
   * @return the posts
   */
  @Benchmark
  public List<Post> asyncGets() {
    List<CompletableFuture<Post>> calls = new ArrayList<>(CONCURRENT);
    for (int i = 0; i < CONCURRENT; i++) {
      calls.add(plain.posts().getAsync(1));
    }
    return joined(calls);
  }

  private static List<Post> joined(List<CompletableFuture<Post>> calls) {
    List<Post> posts = new ArrayList<>(calls.size());
    for (CompletableFuture<Post> call : calls) {
      posts.add(call.join());
    }
    return posts;
  }
}
