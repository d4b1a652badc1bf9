package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeadersTest {
  private static final URI BASE = URI.create("https://example.com/wp-json/wp/v2/posts?page=2");

  @Test
  void readsWordPressPagingLinksResolvedAgainstTheResponse() {
    assertThat(
            LinkHeaders.relations(
                List.of(
                    "<https://example.com/wp-json/wp/v2/posts?page=1>; rel=\"prev\", "
                        + "<https://example.com/wp-json/wp/v2/posts?page=3>; rel=\"next\""),
                BASE))
        .containsEntry("prev", URI.create("https://example.com/wp-json/wp/v2/posts?page=1"))
        .containsEntry("next", URI.create("https://example.com/wp-json/wp/v2/posts?page=3"));
  }

  @Test
  void readsTheApiRootRelationFromAHomePage() {
    assertThat(
            LinkHeaders.relations(
                List.of("<https://example.com/wp-json/>; rel=\"https://api.w.org/\""), BASE))
        .containsEntry(LinkHeaders.API_REL, URI.create("https://example.com/wp-json/"));
  }

  @Test
  void oneLinkMayNameSeveralRelationsAndTheFirstLinkForARelationWins() {
    assertThat(
            LinkHeaders.relations(
                List.of("</a>; title=\"x, y; z\"; rel=\"next last\"", "</b>; rel=next"), BASE))
        .containsEntry("next", URI.create("https://example.com/a"))
        .containsEntry("last", URI.create("https://example.com/a"));
  }

  @Test
  void unquotedAndEscapedValuesAndOddSpacingAreRead() {
    assertThat(
            LinkHeaders.relations(
                List.of("  </a> ;rel = next ,</b>;title=\"say \\\"hi\\\"\";rel=\"prev\""), BASE))
        .containsEntry("next", URI.create("https://example.com/a"))
        .containsEntry("prev", URI.create("https://example.com/b"));
  }

  @Test
  void malformedLinksAreSkippedAndTheRestRead() {
    assertThat(
            LinkHeaders.relations(
                List.of(
                    "garbage, </no-rel>; title=x, <http://[::1>; rel=broken, </c> junk, "
                        + "</d>; rel=next"),
                BASE))
        .containsOnlyKeys("next")
        .containsEntry("next", URI.create("https://example.com/d"));
  }

  @Test
  void anUnclosedTargetEndsTheHeader() {
    assertThat(LinkHeaders.relations(List.of("</a>; rel=prev, </b; rel=next"), BASE))
        .containsOnlyKeys("prev");
  }
}
