package dev.wprest.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.Batch;
import dev.wprest.client.BatchResult;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * Bulk work over a network that costs {@value #LATENCY_MS} ms a request (the stub waits that long
 * before each answer): 25 creates one by one against one {@code /batch/v1} request, and all 10,000
 * posts page by page against 4 pages fetched ahead, each next to raw JDK {@code HttpClient} +
 * Jackson code doing the same one request at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class LatencyBenchmark {
  /** The fixed latency of every request, standing for a network round trip. */
  public static final int LATENCY_MS = 20;

  private static final int CREATES = 25;
  private static final TypeReference<List<Post>> POSTS = new TypeReference<>() {};

  private StubWordPress stub;
  private HttpClient http;
  private ObjectMapper mapper;
  private WordPressClient client;

  /** Starts the stub with its latency, and both clients. */
  @Setup(Level.Trial)
  public void start() {
    stub = StubWordPress.start(LATENCY_MS);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    client =
        WordPressClient.builder()
            .baseUrl(stub.apiRoot().toString())
            .callTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.none())
            .build();
    client.siteInfo();
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void stop() {
    stub.close();
  }

  private static PostFields fields(int i) {
    return PostFields.builder().title("bench " + i).status(PostStatus.DRAFT).build();
  }

  /**
   * Raw: 25 creates, one {@code POST} each, every answer bound to {@code Post}.
   *
   * @param sink consumes each post
   * @throws Exception on failure
   */
  @Benchmark
  public void rawCreatesOneByOne(Blackhole sink) throws Exception {
    URI posts = stub.apiRoot().resolve("wp/v2/posts");
    for (int i = 0; i < CREATES; i++) {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("title", "bench " + i);
      body.put("status", "draft");
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(posts)
                  .header("Accept", "application/json")
                  .header("Content-Type", "application/json; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      sink.consume(mapper.readValue(response.body(), Post.class));
    }
  }

  /**
   * wp-rest: 25 {@code posts().create(...)} one after the other.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void createsOneByOne(Blackhole sink) {
    for (int i = 0; i < CREATES; i++) {
      sink.consume(client.posts().create(fields(i)));
    }
  }

  /**
   * wp-rest: the same 25 creates in one {@code client.batch()}.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void batchCreates(Blackhole sink) {
    Batch batch = client.batch();
    for (int i = 0; i < CREATES; i++) {
      batch.create(client.posts(), fields(i));
    }
    BatchResult result = batch.send();
    result.items().forEach(item -> sink.consume(item.get()));
  }

  /**
   * Raw: all 10,000 posts, one page after the other, following {@code X-WP-TotalPages}.
   *
   * @param sink consumes each post
   * @throws Exception on failure
   */
  @Benchmark
  public void rawAllPagesSequential(Blackhole sink) throws Exception {
    int pages = StubWordPress.TOTAL_POSTS / StubWordPress.PER_PAGE;
    for (int page = 1; page <= pages; page++) {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(
                      stub.apiRoot().resolve("wp/v2/posts?per_page=100&page=" + page))
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      for (Post post : mapper.readValue(response.body(), POSTS)) {
        sink.consume(post);
      }
    }
  }

  /**
   * wp-rest: the sequential auto-pager over all 10,000 posts.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void autoPagerSequential(Blackhole sink) {
    for (Post post : client.posts().autoPager(PostQuery.builder().perPage(100).build())) {
      sink.consume(post);
    }
  }

  /**
   * wp-rest: the auto-pager fetching 4 pages ahead.
   *
   * @param sink consumes each post
   */
  @Benchmark
  public void autoPagerParallel4(Blackhole sink) {
    for (Post post :
        client.posts().autoPager(PostQuery.builder().perPage(100).build()).parallel(4)) {
      sink.consume(post);
    }
  }
}
