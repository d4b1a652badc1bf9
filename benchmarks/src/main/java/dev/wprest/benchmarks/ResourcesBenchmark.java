package dev.wprest.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.ResultPage;
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
 * The typed resources against the raw JDK client binding the same {@code Post} model with Jackson:
 * one post, one create, one page of 100, and every one of 10,000 posts page by page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class ResourcesBenchmark {
  private static final TypeReference<List<Post>> POSTS = new TypeReference<>() {};

  private StubWordPress stub;
  private HttpClient http;
  private ObjectMapper mapper;
  private WordPressClient client;

  /** Starts the stub and both clients. */
  @Setup(Level.Trial)
  public void start() {
    stub = StubWordPress.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    client =
        WordPressClient.builder()
            .baseUrl(stub.apiRoot().toString())
            .callTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.none())
            // Like for like with the raw code, which asks for no compression: on loopback it
            // would only cost CPU (NetworkBenchmark measures gzip where it pays).
            .acceptGzip(false)
            .build();
    client.siteInfo();
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void stop() {
    stub.close();
  }

  private <T> T raw(URI uri, TypeReference<T> type) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return mapper.readValue(response.body(), type);
  }

  /**
   * Raw: one post bound to {@code Post}.
   *
   * @return the post
   * @throws Exception on failure
   */
  @Benchmark
  public Post rawGetPost() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(stub.apiRoot().resolve("wp/v2/posts/1"))
                .header("Accept", "application/json")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return mapper.readValue(response.body(), Post.class);
  }

  /**
   * wp-rest: {@code posts().get(1)}.
   *
   * @return the post
   */
  @Benchmark
  public Post postsGet() {
    return client.posts().get(1);
  }

  /**
   * Raw: one create, the fields serialized by Jackson, the answer bound to {@code Post}.
   *
   * @return the created post
   * @throws Exception on failure
   */
  @Benchmark
  public Post rawCreatePost() throws Exception {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("title", "bench");
    body.put("status", "draft");
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(stub.apiRoot().resolve("wp/v2/posts"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return mapper.readValue(response.body(), Post.class);
  }

  /**
   * wp-rest: {@code posts().create(...)} of the same fields.
   *
   * @return the created post
   */
  @Benchmark
  public Post postsCreate() {
    return client
        .posts()
        .create(PostFields.builder().title("bench").status(PostStatus.DRAFT).build());
  }

  /**
   * Raw: a page of 100 posts.
   *
   * @return the posts
   * @throws Exception on failure
   */
  @Benchmark
  public List<Post> rawListPosts() throws Exception {
    return raw(stub.apiRoot().resolve("wp/v2/posts?per_page=100&page=1"), POSTS);
  }

  /**
   * wp-rest: {@code posts().list()} of 100.
   *
   * @return the page
   */
  @Benchmark
  public ResultPage<Post> postsList() {
    return client.posts().list(PostQuery.builder().perPage(100).page(1).build());
  }

  /**
   * Raw: all 10,000 posts, following {@code X-WP-TotalPages}.
   *
   * @param sink consumes each post
   * @throws Exception on failure
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void rawAllPages(Blackhole sink) throws Exception {
    int pages = StubWordPress.TOTAL_POSTS / StubWordPress.PER_PAGE;
    for (int page = 1; page <= pages; page++) {
      for (Post post :
          raw(stub.apiRoot().resolve("wp/v2/posts?per_page=100&page=" + page), POSTS)) {
        sink.consume(post);
      }
    }
  }

  /**
   * wp-rest: the auto-pager over all 10,000 posts.
   *
   * @param sink consumes each post
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void autoPagerAllPosts(Blackhole sink) {
    for (Post post : client.posts().autoPager(PostQuery.builder().perPage(100).build())) {
      sink.consume(post);
    }
  }
}
