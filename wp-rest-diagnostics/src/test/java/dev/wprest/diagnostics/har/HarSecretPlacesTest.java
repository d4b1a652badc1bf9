package dev.wprest.diagnostics.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each place a recording carries a credential: the secret travels there once, the failing answer
 * echoes it (raw, URL-encoded, Base64), and nothing explaining the file prints shows it.
 */
class HarSecretPlacesTest {
  private static final String SECRET = "k3y+Val/ue=Xq9&z\"s";

  @TempDir Path dir;

  /** The failing call echoes the secret in three encodings; returns the printed output. */
  private String explainWithEchoes(HarBuilder har) throws Exception {
    har.failingCall(SECRET);
    har.failingCall(URLEncoder.encode(SECRET, StandardCharsets.UTF_8));
    har.failingCall(Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
    return HarBuilder.explain(har.write(dir));
  }

  private static void assertMasked(String output) {
    assertThat(output)
        .contains("[REDACTED]")
        .doesNotContain(SECRET)
        .doesNotContain(SECRET.replace("\"", "\\\""))
        .doesNotContain(URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
        .doesNotContain(
            Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
  }

  private static ObjectNode page(HarBuilder har) {
    return har.entry("GET", "https://example.com/wp-admin/", 200, "<html></html>");
  }

  @Test
  void aPasswordInTheUrlsUserinfo() throws Exception {
    HarBuilder har = new HarBuilder();
    har.entry(
        "GET",
        "https://editor:"
            + URLEncoder.encode(SECRET, StandardCharsets.UTF_8)
            + "@example.com/wp-json/wp/v2/posts",
        200,
        "[]");
    assertMasked(explainWithEchoes(har));
  }

  @Test
  void aKeyInAnyHeaderNamedLikeACredential() throws Exception {
    for (String name : new String[] {"X-Api-Key", "X-Auth-Token", "Api-Key", "X-Session-Id"}) {
      HarBuilder har = new HarBuilder();
      HarBuilder.header(page(har), "request", name, SECRET);
      assertMasked(explainWithEchoes(har));
    }
  }

  @Test
  void aCredentialInAHeaderOfAnyNameByItsShape() throws Exception {
    HarBuilder har = new HarBuilder();
    HarBuilder.header(page(har), "request", "X-Custom", "Token " + SECRET);
    assertMasked(explainWithEchoes(har));
  }

  @Test
  void theParametersOfADigestOrOauthAuthorization() throws Exception {
    HarBuilder har = new HarBuilder();
    HarBuilder.header(
        page(har),
        "request",
        "Authorization",
        "OAuth oauth_consumer_key=\"ck\", oauth_signature=\"" + SECRET + "\"");
    assertMasked(explainWithEchoes(har));
  }

  @Test
  void cookiesSentAndSet() throws Exception {
    HarBuilder sent = new HarBuilder();
    HarBuilder.header(page(sent), "request", "Cookie", "a=1; sessid=" + SECRET);
    assertMasked(explainWithEchoes(sent));

    HarBuilder set = new HarBuilder();
    HarBuilder.header(page(set), "response", "Set-Cookie", "sid=" + SECRET + "; HttpOnly");
    assertMasked(explainWithEchoes(set));

    HarBuilder listed = new HarBuilder();
    page(listed)
        .withObjectProperty("request")
        .putArray("cookies")
        .addObject()
        .put("name", "anything")
        .put("value", SECRET);
    assertMasked(explainWithEchoes(listed));
  }

  @Test
  void queryFieldsInTheUrlAndTheQueryStringList() throws Exception {
    HarBuilder inUrl = new HarBuilder();
    inUrl.entry(
        "GET",
        "https://example.com/wp-json/wp/v2/posts?api_key="
            + URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
        200,
        "[]");
    assertMasked(explainWithEchoes(inUrl));

    HarBuilder listed = new HarBuilder();
    page(listed)
        .withObjectProperty("request")
        .putArray("queryString")
        .addObject()
        .put("name", "access_token")
        .put("value", SECRET);
    assertMasked(explainWithEchoes(listed));
  }

  @Test
  void formFieldsUrlEncodedListedAndAsJson() throws Exception {
    HarBuilder encoded = new HarBuilder();
    page(encoded)
        .withObjectProperty("request")
        .putObject("postData")
        .put("text", "log=editor&pwd=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8));
    assertMasked(explainWithEchoes(encoded));

    HarBuilder listed = new HarBuilder();
    listed
        .entry("POST", "https://example.com/wp-login.php", 302, "")
        .withObjectProperty("request")
        .putObject("postData")
        .putArray("params")
        .addObject()
        .put("name", "pwd")
        .put("value", SECRET);
    assertMasked(explainWithEchoes(listed));

    HarBuilder json = new HarBuilder();
    ObjectNode body = HarBuilder.JSON.createObjectNode();
    body.putObject("credentials").put("client_secret", SECRET);
    page(json).withObjectProperty("request").putObject("postData").put("text", body.toString());
    assertMasked(explainWithEchoes(json));
  }

  @Test
  void aNonceInAPagesHiddenInputAndATokenInAnAnswer() throws Exception {
    HarBuilder page = new HarBuilder();
    page.entry(
        "GET",
        "https://example.com/wp-admin/post.php",
        200,
        "<form><input type=\"hidden\" name=\"_wpnonce\" value=\""
            + SECRET.replace("\"", "")
            + "\">");
    String output = explainWithEchoesOf(page, SECRET.replace("\"", ""));
    assertThat(output).doesNotContain(SECRET.replace("\"", ""));

    HarBuilder answer = new HarBuilder();
    ObjectNode token = HarBuilder.JSON.createObjectNode().put("token", SECRET);
    answer.entry("POST", "https://example.com/wp-json/jwt-auth/v1/token", 200, token.toString());
    assertMasked(explainWithEchoes(answer));
  }

  private String explainWithEchoesOf(HarBuilder har, String secret) throws Exception {
    har.failingCall(secret);
    return HarBuilder.explain(har.write(dir));
  }

  @Test
  void aResponseHeaderNamedLikeACredential() throws Exception {
    HarBuilder har = new HarBuilder();
    HarBuilder.header(page(har), "response", "X-Auth-Token", SECRET);
    assertMasked(explainWithEchoes(har));
  }

  @Test
  void postmanAuthOfEveryTypeAndSecretVariables() throws Exception {
    String[][] auths = {
      {"apikey", "value"},
      {"oauth2", "accessToken"},
      {"oauth1", "consumerSecret"},
      {"digest", "password"},
      {"hawk", "authKey"},
      {"awsv4", "secretKey"},
      {"ntlm", "password"},
      {"akamai", "clientSecret"},
      {"jwt", "secret"},
      {"basic", "password"},
      {"bearer", "token"},
    };
    for (String[] auth : auths) {
      assertMasked(explainPostman(auth[0], auth[1], SECRET, false));
      assertMasked(explainPostman(auth[0], auth[1], "{{credential}}", true));
    }
  }

  /** A collection whose one saved 401 echoes the secret its auth (of {@code type}) holds. */
  private String explainPostman(String type, String key, String value, boolean viaVariable)
      throws Exception {
    ObjectNode collection = HarBuilder.JSON.createObjectNode();
    collection
        .putObject("info")
        .put("schema", "https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
    if (viaVariable) {
      collection.putArray("variable").addObject().put("key", "credential").put("value", SECRET);
    }
    ObjectNode auth = collection.putObject("auth").put("type", type);
    ArrayNode settings = auth.putArray(type);
    settings.addObject().put("key", key).put("value", value);
    settings.addObject().put("key", "username").put("value", "editor");
    settings.addObject().put("key", "key").put("value", "X-Api-Key");
    ObjectNode item = collection.putArray("item").addObject().put("name", "me");
    item.putObject("request")
        .put("method", "GET")
        .put("url", "https://example.com/wp-json/wp/v2/users/me");
    for (String echo :
        new String[] {
          SECRET,
          URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
          Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8))
        }) {
      ObjectNode error = HarBuilder.JSON.createObjectNode();
      error.put("code", "rest_not_logged_in").put("message", "Sorry, " + echo + " is not allowed.");
      item.withArrayProperty("response")
          .addObject()
          .put("code", 401)
          .put("body", error.toString())
          .putArray("header")
          .addObject()
          .put("key", "Content-Type")
          .put("value", "application/json");
    }
    Path file = Files.createTempFile(dir, "collection", ".json");
    Files.writeString(file, collection.toString());
    return HarBuilder.explain(file);
  }
}
