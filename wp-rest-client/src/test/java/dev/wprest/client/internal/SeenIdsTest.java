package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
  @Test
  void remembersThePageOfEveryIdThroughGrowth() {
    SeenIds seen = new SeenIds();
    for (long id = 1; id <= 100_000; id++) {
      assertThat(seen.add(id * 7919, (int) (id / 100) + 1)).isZero();
    }
    assertThat(seen.add(7919, 9)).as("id 7919 came on page 1").isEqualTo(1);
    assertThat(seen.add(7919L * 100_000, 9)).isEqualTo(1001);
    assertThat(seen.add(3, 9)).isZero();
  }

  @Test
  void anIdOfZeroIsAnIdLikeAnyOther() {
    SeenIds seen = new SeenIds();
    assertThat(seen.add(0, 2)).isZero();
    assertThat(seen.add(0, 3)).isEqualTo(2);
  }

  @Test
  void pageIdsAreReadFromTopLevelItemsOnly() {
    JsonFactory json = new JsonFactory();
    assertThat(PageIds.of(json, bytes("[{\"title\":{\"id\":9},\"id\":5},{\"id\":6,\"meta\":[1]}]")))
        .hasValueSatisfying(ids -> assertThat(ids).containsExactly(5, 6));
    assertThat(PageIds.of(json, bytes("[{\"id\":5},{\"title\":\"no id\"}]")))
        .as("_fields without id: nothing to compare")
        .isEmpty();
    assertThat(PageIds.of(json, bytes("[{\"id\":\"post-format\"}]"))).isEmpty();
    assertThat(PageIds.of(json, bytes("{\"id\":5}"))).isEmpty();
    assertThat(PageIds.of(json, bytes("[{\"id\":5"))).isEmpty();
    assertThat(PageIds.of(json, bytes("[]"))).hasValueSatisfying(ids -> assertThat(ids).isEmpty());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
