package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.ApplicationPassword;
import dev.wprest.client.model.Comment;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.NewApplicationPassword;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.SearchResult;
import dev.wprest.client.model.Settings;
import dev.wprest.client.model.Taxonomy;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.User;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The models bind real WordPress answers with whatever mapper the caller passes: a bare {@code new
 * ObjectMapper()} fails on unknown properties, and WordPress always sends fields the models do not
 * name.
 */
@WireMockTest
class CallerObjectMapperTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).objectMapper(new ObjectMapper()).build();
  }

  private void replay(MappingBuilder mapping, String fixture) {
    wm.getWireMock().register(mapping.willReturn(RecordedAnswers.answer(fixture, wm)));
  }

  @Test
  void aBareMapperCreatesAPostFromTheRecordedAnswer() {
    replay(post(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.create.admin.modphp");

    Post draft =
        wp.posts().create(PostFields.builder().title("Hello").status(PostStatus.DRAFT).build());

    assertThat(draft.status()).hasValue(PostStatus.DRAFT);
    assertThat(draft.title().raw()).contains("Created by the fixture recorder");
  }

  @Test
  void aBareMapperBindsEveryResourceFromItsRecordedAnswer() {
    replay(get(urlPathEqualTo("/wp-json/wp/v2/posts")), "posts.list.page1.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/users/me")), "users-me.basic-valid.admin.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/categories")), "categories.list.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/comments")), "comments.list.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/media")), "media.list.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/settings")), "settings.admin.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/types")), "resources/types.list.anonymous.modphp");
    replay(
        get(urlPathEqualTo("/wp-json/wp/v2/taxonomies")),
        "resources/taxonomies.list.anonymous.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/statuses")), "resources/statuses.list.admin.modphp");
    replay(get(urlPathEqualTo("/wp-json/wp/v2/search")), "resources/search.anonymous.modphp");
    String passwords = "/wp-json/wp/v2/users/me/application-passwords";
    replay(get(urlPathEqualTo(passwords)), "application-passwords.list.admin.modphp");
    replay(post(urlPathEqualTo(passwords)), "application-passwords.create.admin.modphp");

    List<Post> posts = wp.posts().list(PostQuery.builder().perPage(10).build()).items();
    User me = wp.users().me();
    List<Term> categories = wp.categories().list().items();
    List<Comment> comments = wp.comments().list().items();
    List<Media> media = wp.media().list().items();
    Settings settings = wp.settings().get();
    PostType pages = wp.types().all().get("page");
    Taxonomy tags = wp.taxonomies().all().get("post_tag");
    PostStatusObject draft = wp.statuses().all().get("draft");
    List<SearchResult> hits =
        wp.search().find(SearchQuery.builder().search("Test").build()).items();
    List<ApplicationPassword> appPasswords = wp.applicationPasswords("me").list();
    NewApplicationPassword created = wp.applicationPasswords("me").create("fixture-recorder");

    assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat(p.id()).isPositive());
    assertThat(me.id()).isPositive();
    assertThat(categories).isNotEmpty();
    assertThat(comments).isNotEmpty();
    assertThat(media).isNotEmpty();
    assertThat(settings.toString()).isNotEmpty();
    assertThat(pages.route()).isEqualTo("/wp/v2/pages");
    assertThat(tags.route()).isEqualTo("/wp/v2/tags");
    assertThat(draft.dateFloating()).isTrue();
    assertThat(hits).isNotEmpty();
    assertThat(appPasswords).isNotEmpty();
    assertThat(created.name()).isEqualTo("fixture-recorder");
  }

  @Test
  void everyModelJacksonBindsIgnoresUnknownProperties() throws Exception {
    List<String> bound = new ArrayList<>();
    for (Class<?> model : modelClasses()) {
      boolean bindsWithCreator =
          Stream.concat(
                  Arrays.stream(model.getDeclaredConstructors()).map(Constructor::getAnnotations),
                  Arrays.stream(model.getDeclaredMethods()).map(Method::getAnnotations))
              .flatMap(Arrays::stream)
              .anyMatch(a -> a.annotationType() == JsonCreator.class);
      if (bindsWithCreator) {
        bound.add(model.getSimpleName());
        JsonIgnoreProperties ignore = model.getAnnotation(JsonIgnoreProperties.class);
        assertThat(ignore).as(model.getName()).isNotNull();
        assertThat(ignore.ignoreUnknown()).as(model.getName()).isTrue();
      }
    }
    assertThat(bound).contains("Post", "Rendered", "User", "Term", "Settings");
  }

  @Test
  void jsonThatParsesButDoesNotFitSaysWhereAndIsAShapeProblem() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/posts/7"))
                .willReturn(
                    WireMockSite.json(200, "{\"id\":7,\"title\":{\"rendered\":[\"not text\"]}}")));

    assertThatThrownBy(() -> wp.posts().get(7))
        .isInstanceOfSatisfying(
            MalformedResponseException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(BodyProblem.UNEXPECTED_SHAPE);
              assertThat(e.getMessage()).contains("does not fit").contains("at title.rendered");
            });
  }

  private static List<Class<?>> modelClasses() throws IOException, URISyntaxException {
    URL dir = Post.class.getResource("Post.class");
    Path models = Paths.get(dir.toURI()).getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.equals("package-info.class")) {
          try {
            classes.add(
                Class.forName(Post.class.getPackageName() + "." + name.replace(".class", "")));
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return classes;
  }
}
