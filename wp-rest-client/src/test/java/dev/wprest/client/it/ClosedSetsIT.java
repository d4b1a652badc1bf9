package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.client.model.CommentOrderBy;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.TermOrderBy;
import dev.wprest.client.model.UserOrderBy;
import dev.wprest.client.model.WireValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The typed statuses and sort keys are the lists the real site publishes in each route's schema
 * ({@code OPTIONS}): a value WordPress would refuse is not offered, and none it accepts is missing.
 */
class ClosedSetsIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void theSortKeysOfEachFamilyAreTheEnumOfItsRoute() {
    Set<String> posts = constants(PostOrderBy.class);
    Set<String> withoutMenuOrder = new TreeSet<>(posts);
    withoutMenuOrder.remove(PostOrderBy.MENU_ORDER.wire());

    assertThat(enumOf("/wp/v2/posts", "orderby")).isEqualTo(withoutMenuOrder);
    assertThat(enumOf("/wp/v2/media", "orderby")).isEqualTo(withoutMenuOrder);
    assertThat(enumOf("/wp/v2/pages", "orderby")).isEqualTo(posts);
    assertThat(enumOf("/wp/v2/menu-items", "orderby")).isEqualTo(posts);
    assertThat(enumOf("/wp/v2/categories", "orderby")).isEqualTo(constants(TermOrderBy.class));
    assertThat(enumOf("/wp/v2/menus", "orderby")).isEqualTo(constants(TermOrderBy.class));
    assertThat(enumOf("/wp/v2/users", "orderby")).isEqualTo(constants(UserOrderBy.class));
    assertThat(enumOf("/wp/v2/comments", "orderby")).isEqualTo(constants(CommentOrderBy.class));
  }

  @Test
  void everyStatusConstantIsAFilterTheSiteAcceptsAndTheWritableOnesAreExactlyItsWriteEnum() {
    JsonNode endpoints = schema("/wp/v2/posts").path("endpoints");
    Set<String> filter = values(endpoints.get(0).path("args").path("status").path("items"));
    Set<String> writable = values(endpoints.get(1).path("args").path("status"));

    assertThat(filter).containsAll(constants(PostStatus.class));
    assertThat(writable)
        .containsExactlyInAnyOrder(
            PostStatus.PUBLISH.wire(),
            PostStatus.FUTURE.wire(),
            PostStatus.DRAFT.wire(),
            PostStatus.PENDING.wire(),
            PostStatus.PRIVATE.wire());
  }

  private Set<String> enumOf(String route, String parameter) {
    return values(schema(route).path("endpoints").get(0).path("args").path(parameter));
  }

  private JsonNode schema(String route) {
    return admin.json(WpRequest.builder(HttpMethod.OPTIONS, route).build());
  }

  private static Set<String> values(JsonNode parameter) {
    Set<String> values = new TreeSet<>();
    parameter.path("enum").forEach(v -> values.add(v.asText()));
    assertThat(values).as("the schema lists the values of %s", parameter).isNotEmpty();
    return values;
  }

  private static Set<String> constants(Class<? extends WireValue> set) {
    List<String> names = new ArrayList<>();
    for (Field f : set.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == set) {
        try {
          names.add(((WireValue) f.get(null)).wire());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return new TreeSet<>(names);
  }
}
