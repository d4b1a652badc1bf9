package dev.wprest.diagnostics.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hides a random secret in a random credential-bearing place of a HAR, has the failing answer echo
 * it in a random encoding and place, and checks that explaining the file (text and JSON) never
 * prints it in any encoding. The seed is in the failure message, so a failure can be replayed.
 */
class HarSecretFuzzTest {
  private static final int ROUNDS = 200;
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789+/=%&\"\\:;,.-_~ !é$";

  @TempDir Path dir;

  /** The places a credential travels in a HAR, each planting {@code secret} in an entry. */
  private static final String[] PLACE_NAMES = {
    "userinfo",
    "named header",
    "shaped header",
    "cookie header",
    "cookie list",
    "set-cookie",
    "query",
    "query list",
    "form text",
    "form params",
    "json body",
    "response header",
    "answer"
  };

  private static BiConsumer<ObjectNode, String> place(int i) {
    switch (i) {
      case 0:
        return (e, s) ->
            e.withObjectProperty("request")
                .put(
                    "url",
                    "https://ed:"
                        + URLEncoder.encode(s, StandardCharsets.UTF_8)
                        + "@example.com/wp-json/wp/v2/posts");
      case 1:
        return (e, s) -> HarBuilder.header(e, "request", "X-Api-Key", s);
      case 2:
        return (e, s) -> HarBuilder.header(e, "request", "X-Anything", "Bearer " + s);
      case 3:
        return (e, s) ->
            HarBuilder.header(
                e, "request", "Cookie", "x=1; t=" + URLEncoder.encode(s, StandardCharsets.UTF_8));
      case 4:
        return (e, s) ->
            e.withObjectProperty("request")
                .putArray("cookies")
                .addObject()
                .put("name", "c")
                .put("value", s);
      case 5:
        // A cookie value cannot hold ; or spaces: servers send it URL-encoded.
        return (e, s) ->
            HarBuilder.header(
                e,
                "response",
                "Set-Cookie",
                "sid=" + URLEncoder.encode(s, StandardCharsets.UTF_8) + "; Path=/");
      case 6:
        return (e, s) ->
            e.withObjectProperty("request")
                .put(
                    "url",
                    "https://example.com/wp-json/wp/v2/posts?token="
                        + URLEncoder.encode(s, StandardCharsets.UTF_8));
      case 7:
        return (e, s) ->
            e.withObjectProperty("request")
                .putArray("queryString")
                .addObject()
                .put("name", "apikey")
                .put("value", s);
      case 8:
        return (e, s) ->
            e.withObjectProperty("request")
                .putObject("postData")
                .put("text", "log=ed&pwd=" + URLEncoder.encode(s, StandardCharsets.UTF_8));
      case 9:
        return (e, s) ->
            e.withObjectProperty("request")
                .putObject("postData")
                .putArray("params")
                .addObject()
                .put("name", "password")
                .put("value", s);
      case 10:
        return (e, s) ->
            e.withObjectProperty("request")
                .putObject("postData")
                .put("text", HarBuilder.JSON.createObjectNode().put("secret", s).toString());
      case 11:
        return (e, s) -> HarBuilder.header(e, "response", "X-Auth-Token", s);
      default:
        return (e, s) ->
            e.withObjectProperty("response")
                .withObjectProperty("content")
                .put("text", HarBuilder.JSON.createObjectNode().put("nonce", s).toString());
    }
  }

  /** How the failing answer echoes the secret. */
  private static String echo(int i, String s) {
    switch (i) {
      case 0:
        return s;
      case 1:
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
      case 2:
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
      case 3:
        return s.replace("&", "&amp;").replace("\"", "&quot;");
      default:
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }

  @Test
  void aSecretHiddenAnywhereIsNeverPrintedInAnyEncoding() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      StringBuilder secret = new StringBuilder();
      int length = 10 + random.nextInt(20);
      for (int i = 0; i < length; i++) {
        // A space inside, never at an end: a header value's edges are not part of it on the wire.
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        secret.append(c == ' ' && (i == 0 || i == length - 1) ? 'x' : c);
      }
      String s = secret.toString();
      int where = random.nextInt(PLACE_NAMES.length);
      int how = random.nextInt(5);
      HarBuilder har = new HarBuilder();
      ObjectNode carrier = har.entry("GET", "https://example.com/wp-json/wp/v2/posts", 200, "[]");
      place(where).accept(carrier, s);
      ObjectNode failing = har.failingCall(echo(how, s));
      if (random.nextBoolean()) {
        HarBuilder.header(
            failing, "response", "WWW-Authenticate", "Basic realm=\"" + echo(how, s) + "\"");
      }

      String output = HarBuilder.explain(har.write(dir));

      String context =
          "seed "
              + seed
              + ", round "
              + round
              + ": secret in "
              + PLACE_NAMES[where]
              + ", echo "
              + how;
      assertThat(output)
          .as(context)
          .doesNotContain(s)
          .doesNotContain(URLEncoder.encode(s, StandardCharsets.UTF_8))
          .doesNotContain(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)))
          .doesNotContain(HarBuilder.JSON.writeValueAsString(s).replaceAll("^\"|\"$", ""));
    }
  }
}
