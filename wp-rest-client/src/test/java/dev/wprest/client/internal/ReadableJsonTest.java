package dev.wprest.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule for "is this body JSON": what the client can read (BOM and PHP notices skipped,
 * Content-Type ignored), over the cases on which the client's reader and the doctor's {@code
 * Content-Type: json} rule used to disagree.
 */
class ReadableJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an object                               | {\"a\":1}                              | true",
        "an object after a UTF-8 BOM             | \uFEFF{\"a\":1}                        | true",
        "an object after a PHP warning           | '<br />\n<b>Warning</b>:  Undefined variable $x in <b>/var/www/f.php</b> on line <b>3</b><br />\n{\"a\":1}' | true",
        "an object after a plain PHP notice      | 'PHP Notice:  x in /f.php on line 3\n[1]' | true",
        "a list with leading whitespace          | '  \n[1,2]'                            | true",
        "a scalar                                | 0                                      | true",
        "an HTML page                            | <!DOCTYPE html><html></html>           | false",
        "a PHP warning and no JSON after it      | '<b>Warning</b>: x in <b>/f.php</b> on line <b>3</b><br />' | false",
        "a truncated object                      | {\"a\":                                | false",
        "an object and more                      | {\"a\":1}<!-- cache -->                | false",
        "nothing                                 | ''                                     | false",
      })
  void readsWhatTheClientReads(String what, String body, boolean json) {
    assertThat(ResponseBodies.readableJson(JSON, body.getBytes(StandardCharsets.UTF_8)))
        .as(what)
        .matches(read -> read.isPresent() == json);
  }
}
