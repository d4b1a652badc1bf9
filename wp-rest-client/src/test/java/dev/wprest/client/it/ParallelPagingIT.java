package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.AutoPager;
import dev.wprest.client.PaginationException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The auto-pager fetching 4 pages ahead on the real site {@code modphp}. */
class ParallelPagingIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private final WordPressClient anonymous =
      WP.client("modphp", dev.wprest.client.AuthStrategy.none()).build();

  private static final PostQuery HARNESS_POSTS =
      PostQuery.builder()
          .perPage(2)
          .orderBy(PostOrderBy.ID)
          .order(Order.ASC)
          .before(OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
          .build();

  private AutoPager<Post> posts() {
    // Two posts a page, oldest first, of the harness's posts (dated 2024): posts that other
    // tests publish meanwhile are dated now and stay out of the walk.
    return anonymous.posts().autoPager(HARNESS_POSTS);
  }

  @Test
  void fourPagesAheadYieldEveryPostInTheSameOrderAsTheSequentialWalk() {
    List<Long> sequential = posts().stream().map(Post::id).collect(Collectors.toList());
    List<Long> parallel;
    try (Stream<Post> items = posts().parallel(4).stream()) {
      parallel = items.map(Post::id).collect(Collectors.toList());
    }

    long total = anonymous.posts().list(HARNESS_POSTS).total().orElse(0);
    assertThat(sequential).hasSize((int) total).isSorted().doesNotHaveDuplicates();
    assertThat(total).as("enough posts for several pages ahead").isGreaterThan(10);
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void capsFailTheParallelWalkLikeTheSequentialOne() {
    assertThatThrownBy(() -> posts().maxPages(2).parallel(4).stream().count())
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("cap of 2 pages");
  }
}
