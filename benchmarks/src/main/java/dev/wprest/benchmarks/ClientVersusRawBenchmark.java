package dev.wprest.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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

/**
 * The same work done by the raw JDK client plus Jackson and by wp-rest, against one loopback stub,
 * in one run: the ratio between them is the library's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class ClientVersusRawBenchmark {
  private static final TypeReference<List<PostView>> POSTS = new TypeReference<>() {};

  private StubWordPress stub;
  private HttpClient http;
  private ObjectMapper mapper;
  private URI postUri;
  private URI listUri;
  private WordPressClient client;

  /** Starts the stub and both clients, and discovers the site once. */
  @Setup(Level.Trial)
  public void start() {
    stub = StubWordPress.start();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    postUri = stub.apiRoot().resolve("wp/v2/posts/1");
    listUri = stub.apiRoot().resolve("wp/v2/posts?per_page=100&page=1");
    client =
        WordPressClient.builder()
            .baseUrl(stub.apiRoot().toString())
            .callTimeout(Duration.ofSeconds(10))
            .retryPolicy(RetryPolicy.none())
            .build();
    client.siteInfo();
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void stop() {
    stub.close();
  }

  /**
   * Raw: one GET of a post, bound with Jackson.
   *
   * @return the post
   * @throws Exception on failure
   */
  @Benchmark
  public PostView rawGetPost() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(postUri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("status " + response.statusCode());
    }
    return mapper.readValue(response.body(), PostView.class);
  }

  /**
   * wp-rest: the same GET through the client's full pipeline.
   *
   * @return the post
   */
  @Benchmark
  public PostView clientGetPost() {
    return client.execute(WpRequest.get("/wp/v2/posts/1").build(), PostView.class);
  }

  /**
   * Raw: one page of 100 posts.
   *
   * @return the posts
   * @throws Exception on failure
   */
  @Benchmark
  public List<PostView> rawListPosts() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(listUri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return mapper.readValue(response.body(), POSTS);
  }

  /**
   * wp-rest: the same page of 100 posts.
   *
   * @return the posts
   */
  @Benchmark
  public List<PostView> clientListPosts() {
    return client.execute(
        WpRequest.get("/wp/v2/posts").query("per_page", 100).query("page", 1).build(), POSTS);
  }
}
