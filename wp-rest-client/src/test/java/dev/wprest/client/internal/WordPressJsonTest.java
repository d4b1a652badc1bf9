package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule for "is this WordPress's index" and "is this WordPress's error envelope", over the cases
 * on which discovery (namespaces alone), {@code SiteInfo} and the doctor (namespaces and routes)
 * used to disagree.
 */
class WordPressJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what                                | body                                              |
        // index | envelope
        "WordPress 6.1's index (recorded)      | @index.modphp                                     | true  | false",
        "a lock-down plugin's 401 (recorded)   | @index.blockanon                                  | false | true",
        "namespaces without routes             | {\"namespaces\":[\"wp/v2\"]}                      | false | false",
        "routes without namespaces             | {\"routes\":{}}                                   | false | false",
        "namespaces that are no list           | {\"namespaces\":\"wp/v2\",\"routes\":{}}          | false | false",
        "an envelope without data              | {\"code\":\"rest_no_route\",\"message\":\"No\"}   | false | true",
        "a code that is no text                | {\"code\":401,\"message\":\"No\"}                 | false | false",
        "a code without a message              | {\"code\":\"rest_forbidden\"}                     | false | false",
        "a list                                | []                                                | false | false",
      })
  void recognisesWordPressAnswers(String what, String body, boolean index, boolean envelope)
      throws IOException {
    JsonNode json = body.startsWith("@") ? recorded(body.substring(1)) : JSON.readTree(body);

    assertThat(WordPressJson.isIndex(json)).as(what).isEqualTo(index);
    assertThat(WordPressJson.isErrorEnvelope(json)).as(what).isEqualTo(envelope);
    assertThat(WordPressJson.isRestApiAnswer(json)).as(what).isEqualTo(index || envelope);
  }

  /** The body of a recorded real answer in {@code fixtures/wordpress/}. */
  static JsonNode recorded(String name) throws IOException {
    try (InputStream in =
        WordPressJsonTest.class.getResourceAsStream("/fixtures/wordpress/" + name + ".json")) {
      return JSON.readTree(JSON.readTree(in).path("response").path("body").asText());
    }
  }
}
