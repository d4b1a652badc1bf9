package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.AutoPager;
import dev.wprest.client.UnstableOrderException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.TermFields;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twelve posts published with one date on the real site {@code modphp}, walked three a page: the
 * database orders ties differently for each page, so a walk by date moves posts between pages. The
 * pager must deliver every post exactly once, or refuse with {@link UnstableOrderException}: never
 * skip or repeat one silently.
 */
class TiedDatesPagingIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final WordPressClient ADMIN =
      WP.client("modphp", WP.appPasswordAuth("admin")).build();
  // After 2024, so that ParallelPagingIT's walk over the harness's own posts (dated 2024) never
  // meets these.
  private static final LocalDateTime ONE_DATE = LocalDateTime.of(2025, 3, 3, 3, 3, 3);
  private static final int POSTS = 12;

  private static Term category;
  private static final Set<Long> created = new TreeSet<>();

  @BeforeAll
  static void publishTwelvePostsWithOneDate() {
    category =
        ADMIN
            .categories()
            .create(TermFields.builder().name("tied-dates-" + UUID.randomUUID()).build());
    for (int i = 0; i < POSTS; i++) {
      Post post =
          ADMIN
              .posts()
              .create(
                  PostFields.builder()
                      .title("tied " + i)
                      .status(PostStatus.PUBLISH)
                      .date(ONE_DATE)
                      .categories(category.id())
                      .build());
      created.add(post.id());
    }
  }

  @AfterAll
  static void deleteThem() {
    for (long id : created) {
      ADMIN.posts().delete(id, true);
    }
    if (category != null) {
      ADMIN.categories().delete(category.id(), true);
    }
  }

  private static PostQuery.Builder inCategory() {
    return PostQuery.builder().categories(category.id()).perPage(3);
  }

  /** The ids a walk delivered, in order; null when it refused with UnstableOrderException. */
  private static List<Long> walk(AutoPager<Post> pager) {
    List<Long> ids = new ArrayList<>();
    try {
      pager.forEach(post -> ids.add(post.id()));
      return ids;
    } catch (UnstableOrderException e) {
      assertThat(e.orderBy()).isEqualTo("date");
      assertThat(created).contains(e.itemId());
      assertThat(e.repeatPage()).isGreaterThan(e.firstPage());
      assertThat(ids).as("the items before the repeat, each once").doesNotHaveDuplicates();
      return null;
    }
  }

  @Test
  void aWalkWithoutAnOrderDeliversEveryPostExactlyOnce() {
    List<Long> sequential = walk(ADMIN.posts().autoPager(inCategory().build()));
    List<Long> parallel = walk(ADMIN.posts().autoPager(inCategory().build()).parallel(4));

    assertThat(sequential).hasSize(POSTS).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(sequential)).isEqualTo(created);
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void aWalkByDateDeliversEveryPostExactlyOnceOrRefusesTyped() {
    int refused = 0;
    for (int round = 0; round < 5; round++) {
      PostQuery byDate = inCategory().param("orderby", "date").build();
      for (AutoPager<Post> pager :
          List.of(ADMIN.posts().autoPager(byDate), ADMIN.posts().autoPager(byDate).parallel(4))) {
        List<Long> ids = walk(pager);
        if (ids == null) {
          refused++;
        } else {
          assertThat(ids).hasSize(POSTS).doesNotHaveDuplicates();
          assertThat(new TreeSet<>(ids)).isEqualTo(created);
        }
      }
    }
    System.out.println("walks by date refused for ties: " + refused + " of 10");
  }
}
