package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wprest.client.internal.HtmlHead;
import dev.wprest.client.internal.LinkHeaders;
import dev.wprest.client.internal.ResponseBodies;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readers of untrusted HTML and {@code Link} headers, which every diagnosis of a non-JSON
 * answer goes through: for any input they return (never throw), what they return is well-formed,
 * and a title or link planted after arbitrary text is found. The seed corpus under {@code
 * HtmlAndLinkHeaderFuzzTestInputs} (real WordPress and proxy pages, backtracking bait) runs in
 * every {@code mvn test}.
 */
class HtmlAndLinkHeaderFuzzTest {
  private static final URI BASE = URI.create("https://example.com/blog/");

  @FuzzTest(maxDuration = "10s")
  void htmlTitleAndApiLinkReadersAreTotalAndFindWhatIsPlanted(FuzzedDataProvider data) {
    String text = data.consumeString(200);
    String page = data.consumeRemainingAsString();

    Optional<String> title = HtmlHead.title(page);
    title.ifPresent(
        t -> {
          assertThat(t).isNotEmpty().isEqualTo(folded(t));
          assertThat(page.toLowerCase(Locale.ROOT)).contains("<title").contains("</title");
        });
    assertThat(ResponseBodies.htmlTitle(page.getBytes(StandardCharsets.UTF_8), s -> s))
        .isEqualTo(
            HtmlHead.title(
                new String(page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
    LinkHeaders.apiRootInHtml(page, BASE).ifPresent(uri -> assertThat(uri.isAbsolute()).isTrue());

    if (!contains(page, "<title") && !contains(text, "</title")) {
      String expected = folded(text);
      assertThat(HtmlHead.title(page + "<title>" + text + "</title>"))
          .isEqualTo(expected.isEmpty() ? Optional.empty() : Optional.of(expected));
    }
    if (!contains(page, "<link")) {
      assertThat(
              LinkHeaders.apiRootInHtml(
                  page + "<link rel=\"https://api.w.org/\" href=\"/planted/\" />", BASE))
          .hasValue(BASE.resolve("/planted/"));
    }
  }

  @FuzzTest(maxDuration = "10s")
  void linkHeaderParserIsTotalAndFindsALinkAfterGarbage(FuzzedDataProvider data) {
    String header = data.consumeRemainingAsString();

    Map<String, URI> relations = LinkHeaders.relations(List.of(header), BASE);
    assertThat(relations.values()).allSatisfy(uri -> assertThat(uri.isAbsolute()).isTrue());
    assertThat(relations.keySet()).allSatisfy(rel -> assertThat(rel).isNotBlank());

    if (header.indexOf('<') < 0 && header.indexOf('"') < 0) {
      assertThat(LinkHeaders.relations(List.of(header + ", </planted>; rel=\"next\""), BASE))
          .containsEntry("next", BASE.resolve("/planted"));
    }
  }

  private static boolean contains(String text, String needle) {
    return text.toLowerCase(Locale.ROOT).contains(needle);
  }

  /** Whitespace runs folded to one space, ends stripped, as a title is shown. */
  private static String folded(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : text.toCharArray()) {
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
