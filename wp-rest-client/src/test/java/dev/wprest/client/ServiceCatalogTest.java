package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The client's accessors hand out services built once, and stay callable by reflection. */
class ServiceCatalogTest {
  private final WordPressClient client =
      WordPressClient.builder().baseUrl("https://example.com").build();

  @Test
  void anAccessorHandsOutTheSameServiceOnEveryCall() {
    assertThat(client.posts()).isSameAs(client.posts());
    assertThat(client.categories()).isSameAs(client.categories());
    assertThat(client.plugins()).isSameAs(client.plugins());
  }

  @Test
  void aBatchIsNewOnEveryCallBecauseItCollectsOperations() {
    assertThat(client.batch()).isNotSameAs(client.batch());
  }

  @Test
  void inheritedAccessorsAndSettersAreDeclaredOnThePublicTypes() throws Exception {
    // Frameworks call these reflectively: the public types must declare them, not only inherit them
    // from a package-private superclass.
    Method posts = WordPressClient.class.getMethod("posts");
    assertThat(posts.getDeclaringClass()).isEqualTo(WordPressClient.class);
    assertThat(posts.invoke(client)).isSameAs(client.posts());
    Method auth = WordPressClient.Builder.class.getMethod("auth", AuthStrategy.class);
    assertThat(auth.getDeclaringClass()).isEqualTo(WordPressClient.Builder.class);
  }
}
