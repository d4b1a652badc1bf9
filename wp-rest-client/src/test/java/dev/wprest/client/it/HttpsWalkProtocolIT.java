package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A walk fetching 4 pages ahead over https with the default client, which offers HTTP/2 in the TLS
 * handshake. The harness's https sites are Apache with mod_php, so prefork: mod_http2 refuses that
 * MPM, Apache selects {@code http/1.1} and the client must carry on with it. The site's access log
 * (which records the protocol of each request) shows what was spoken. In front of the 6.1 https
 * site, an nginx that speaks HTTP/2 shows the other side: the walk's requests share one connection.
 */
class HttpsWalkProtocolIT {
  @ParameterizedTest
  @EnumSource(WpVersion.class)
  void aParallelWalkOverHttpsFallsBackToHttp11WhereTheServerOffersNoH2(WpVersion version)
      throws Exception {
    RealWordPress wp = RealWordPress.sites(version);
    String agent = "wp-rest-it-walk/" + UUID.randomUUID();
    WordPressClient client = wp.client("https", AuthStrategy.none()).userAgent(agent).build();
    PostQuery query = harnessPosts();

    List<Long> ids;
    try (Stream<Post> posts = client.posts().autoPager(query).parallel(4).stream()) {
      ids = posts.map(Post::id).collect(Collectors.toList());
    }

    assertThat(ids).hasSizeGreaterThan(10).isSorted().doesNotHaveDuplicates();
    int pages = (ids.size() + 1) / 2;
    List<String> logged = requestsLoggedFor(version, agent, pages);
    // Discovery's requests, then each page once: every one over HTTP/1.1.
    assertThat(logged.stream().filter(line -> line.contains(" /wp-json/wp/v2/posts HTTP/")))
        .hasSize(pages);
    assertThat(logged).allMatch(line -> line.contains(" HTTP/1.1\" 200 "));
  }

  @Test
  void aParallelWalkOverAnHttp2FrontRunsOnOneConnection() throws Exception {
    RealWordPress wp = RealWordPress.sites();
    String agent = "wp-rest-it-h2walk/" + UUID.randomUUID();
    // The https site behind an nginx that speaks HTTP/2 (sites/tls.sh: 8449 in front of 8443).
    WordPressClient client =
        WordPressClient.builder()
            .baseUrl(wp.get("h2front.url"))
            .trustCertificates(Paths.get(wp.get("site.https.cert")))
            .userAgent(agent)
            .build();

    List<Long> ids;
    try (Stream<Post> posts = client.posts().autoPager(harnessPosts()).parallel(4).stream()) {
      ids = posts.map(Post::id).collect(Collectors.toList());
    }

    assertThat(ids).hasSizeGreaterThan(10).isSorted().doesNotHaveDuplicates();
    int pages = (ids.size() + 1) / 2;
    List<String> logged = linesOf(Paths.get(wp.get("h2front.log")), agent, pages);
    assertThat(logged.stream().filter(line -> line.contains(" /wp-json/wp/v2/posts?")))
        .hasSize(pages);
    // Every request over HTTP/2, and (the log's first field) all on one connection: discovery
    // opened it, the four pages in flight at a time shared it.
    assertThat(logged).allMatch(line -> line.contains(" HTTP/2.0 \"GET "));
    assertThat(logged.stream().map(line -> line.substring(0, line.indexOf(' '))).distinct())
        .hasSize(1);
  }

  /** The harness's own posts (dated 2024), 2 a page: posts other tests add are dated now. */
  private static PostQuery harnessPosts() {
    return PostQuery.builder()
        .perPage(2)
        .orderBy(PostOrderBy.ID)
        .order(Order.ASC)
        .before(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
        .build();
  }

  private static List<String> requestsLoggedFor(WpVersion version, String agent, int pages)
      throws Exception {
    Path logs = Paths.get(System.getProperty("wp.it.config")).toAbsolutePath().getParent();
    String site = version == WpVersion.V6_8 ? "v68-https" : "https";
    return linesOf(logs.resolve("logs").resolve("apache-" + site + "-access.log"), agent, pages);
  }

  private static List<String> linesOf(Path log, String agent, int pages) throws Exception {
    // The server writes a line when the answer is sent: the walk has ended, the log may lag.
    for (int attempt = 0; ; attempt++) {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(line -> line.endsWith("\"" + agent + "\""))
              .collect(Collectors.toList());
      if (lines.stream().filter(line -> line.matches(".*/wp/v2/posts[ ?].*")).count() >= pages
          || attempt == 20) {
        return lines;
      }
      Thread.sleep(100);
    }
  }
}
