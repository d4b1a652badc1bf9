package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HtmlHeadTest {
  private static final URI HOME = URI.create("https://example.com/blog/");

  /** Generous for a linear scan of a few megabytes; the old regular expressions ran for minutes. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static final int FEW_MEGABYTES = 4 << 20;

  private static String repeated(String piece) {
    return piece.repeat(FEW_MEGABYTES / piece.length());
  }

  @Test
  void readsTheTitleWithAttributesAnyCaseAndFoldedWhitespace() {
    assertThat(
            HtmlHead.title(
                "<!DOCTYPE html><html><HEAD><Title id=t>\n  Attention  Required! |\tCloudflare\n"
                    + "</TITLE></head>"))
        .hasValue("Attention Required! | Cloudflare");
  }

  @Test
  void aTagThatOnlyStartsLikeTitleIsNotTheTitle() {
    assertThat(HtmlHead.title("<titles>no</titles><title>yes</title>")).hasValue("yes");
  }

  @Test
  void aBlankOrUnclosedTitleIsNoTitle() {
    assertThat(HtmlHead.title("<title>   </title>")).isEmpty();
    assertThat(HtmlHead.title("<title>Log In")).isEmpty();
    assertThat(HtmlHead.title("<title")).isEmpty();
  }

  @Test
  void onlyATitleThatEndsWithinTheWindowIsRead() {
    String title = "<title>edge</title>";
    assertThat(HtmlHead.title(" ".repeat(HtmlHead.WINDOW - title.length()) + title))
        .hasValue("edge");
    assertThat(HtmlHead.title(" ".repeat(HtmlHead.WINDOW - 10) + title)).isEmpty();
    assertThat(HtmlHead.title(" ".repeat(HtmlHead.WINDOW) + title)).isEmpty();
  }

  @Test
  void theTitleOfABodyIsMaskedBeforeItIsCut() {
    byte[] body =
        ("<title>" + "x".repeat(190) + " secret-value-here</title>")
            .getBytes(StandardCharsets.UTF_8);
    UnaryOperator<String> mask = t -> t.replace("secret-value-here", "[REDACTED]");

    assertThat(ResponseBodies.htmlTitle(body, mask))
        .hasValueSatisfying(t -> assertThat(t).doesNotContain("secret").startsWith("xxx"));
  }

  @Test
  void findsTheApiRootLinkAsWordPressPrintsIt() {
    String page =
        "<head><link rel='dns-prefetch' href='//s.w.org' />\n"
            + "<link rel=\"https://api.w.org/\" href=\"https://example.com/blog/wp-json/\" />\n";
    assertThat(LinkHeaders.apiRootInHtml(page, HOME))
        .hasValue(URI.create("https://example.com/blog/wp-json/"));
  }

  @Test
  void findsTheApiRootLinkWithSingleQuotesHrefFirstAndEncodedAmpersands() {
    String page =
        "<LINK href='/blog/?rest_route=/&#038;x=1&amp;y=2' REL='alternate HTTPS://API.w.org/'>";
    assertThat(LinkHeaders.apiRootInHtml(page, HOME))
        .hasValue(URI.create("https://example.com/blog/?rest_route=/&x=1&y=2"));
  }

  @Test
  void aLinkWhoseHrefMentionsTheRelationIsNotTheApiLink() {
    String page =
        "<link rel=\"alternate\" href=\"https://api.w.org/\">"
            + "<link rel=https://api.w.org/ href=/wp-json/>";
    assertThat(LinkHeaders.apiRootInHtml(page, HOME))
        .hasValue(URI.create("https://example.com/wp-json/"));
  }

  @Test
  void aGreaterThanSignInsideAQuotedValueDoesNotEndTheTag() {
    String page = "<link title=\"a > b\" rel=\"https://api.w.org/\" href=\"/x/wp-json/\">";
    assertThat(LinkHeaders.apiRootInHtml(page, HOME))
        .hasValue(URI.create("https://example.com/x/wp-json/"));
  }

  @Test
  void anUnterminatedLinkEndsTheSearch() {
    assertThat(LinkHeaders.apiRootInHtml("<link rel=\"https://api.w.org/\" href=\"/wp-json/", HOME))
        .isEmpty();
    assertThat(
            LinkHeaders.apiRootInHtml(
                "<link title=\"never closed><link rel=\"https://api.w.org/\" href=\"/wp-json/\">",
                HOME))
        .isEmpty();
  }

  @Test
  void repeatedUnclosedTitlesEndInLinearTime() {
    String page = repeated("<title>");
    assertTimeoutPreemptively(BOUND, () -> assertThat(HtmlHead.title(page)).isEmpty());
  }

  @Test
  void repeatedTitleStartsWithoutTheirEndEndInLinearTime() {
    String page = repeated("<title ");
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        BOUND,
        () -> assertThat(ResponseBodies.htmlTitle(body, UnaryOperator.identity())).isEmpty());
  }

  @Test
  void aHugeTitleIsReadOnceAndBoundedByTheCaller() {
    String page = "<title>" + "a <title> b ".repeat(HtmlHead.WINDOW / 24) + "</title>";
    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThat(ResponseBodies.htmlTitle(page, 100))
                .hasValueSatisfying(t -> assertThat(t).hasSize(103).startsWith("a <title> b")));
  }

  @Test
  void repeatedUnclosedLinksEndInLinearTime() {
    for (String piece :
        new String[] {
          "<link ",
          "<link rel=\"https://api.w.org/\" ",
          "<link href='",
          "<link rel=x href=y>",
          "<link =\"=\"= ",
          "<LiNk/"
        }) {
      String page = repeated(piece);
      assertTimeoutPreemptively(
          BOUND, () -> assertThat(LinkHeaders.apiRootInHtml(page, HOME)).isEmpty(), piece);
    }
  }

  @Test
  void adversarialLinkHeadersEndInLinearTime() {
    for (String piece :
        new String[] {
          "<a>; rel=",
          "; a=a=a=a",
          "<a>;rel=\"next",
          "<<<<",
          ",,,;;;",
          "<a>; rel=next x ",
          "<a>; rel=\"\\\"\\\""
        }) {
      String header = repeated(piece);
      assertTimeoutPreemptively(
          BOUND, () -> LinkHeaders.relations(java.util.List.of(header), HOME), piece);
    }
  }
}
