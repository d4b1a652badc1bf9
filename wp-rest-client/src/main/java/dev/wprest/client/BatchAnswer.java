package dev.wprest.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.BatchLimit;
import dev.wprest.client.internal.ErrorMapper;
import dev.wprest.client.internal.RecordedResponse;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.ResourceCore;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads WordPress's answer to a batch ({@code 207}, {@code {"responses": [{"body", "status",
 * "headers"}, ...]}}, or {@code {"failed": "validation", "responses": [null | error, ...]}}) into
 * the items: each failure through the same {@link ErrorMapper} as a single call.
 */
final class BatchAnswer {
  private final WordPressClient client;
  private final WpResponse response;
  private final ResourceCore core;
  private final ErrorMapper errors;

  BatchAnswer(WordPressClient client, WpResponse response) {
    this.client = client;
    this.response = response;
    this.core = new ResourceCore(client, BatchLimit.ROUTE);
    // The retry policy only words a 429's Retry-After; an item is never retried on its own.
    this.errors = new ErrorMapper(client.objectMapper(), RetryPolicy.defaults());
  }

  BatchResult fill(List<Batch.Entry<?>> entries) {
    JsonNode root = response.json();
    JsonNode answers = root.path("responses");
    if (!answers.isArray() || answers.size() != entries.size()) {
      throw malformed(
          "the batch answer does not hold one response per request ("
              + entries.size()
              + " sent, "
              + (answers.isArray() ? answers.size() + " answered" : "no responses array")
              + ")");
    }
    boolean validationFailed = "validation".equals(root.path("failed").asText(""));
    List<Integer> invalid = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (answers.get(i).isObject()) {
        invalid.add(i);
      }
    }
    List<BatchItem<?>> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Batch.Entry<?> entry = entries.get(i);
      JsonNode answer = answers.get(i);
      if (validationFailed && answer.isNull()) {
        notExecuted(entry, invalid);
      } else if (answer.isObject() && answer.path("status").canConvertToInt()) {
        fill(entry, answer);
      } else {
        throw malformed("the batch's response " + i + " is not an object with a status");
      }
      items.add(entry.item);
    }
    return new BatchResult(items, validationFailed);
  }

  private <T> void fill(Batch.Entry<T> entry, JsonNode answer) {
    int status = answer.path("status").asInt();
    JsonNode body = answer.path("body");
    if (status / 100 == 2) {
      try {
        entry.item.succeeded(status, entry.binder.bind(response, body));
      } catch (WordPressException e) {
        entry.item.failed(BatchItem.State.FAILED, status, e, e);
      } catch (RuntimeException translated) {
        // The failure translator turned the binding failure into its own type.
        entry.item.failed(BatchItem.State.FAILED, status, null, translated);
      }
      return;
    }
    WordPressApiException error =
        errors.fromResponse(
            new RecordedResponse(request(entry), status, headers(answer), bytes(body)),
            client.auth(),
            client.auth().sendsCredentials(),
            List.of());
    entry.item.failed(BatchItem.State.FAILED, status, error, client.translated(error));
  }

  private void notExecuted(Batch.Entry<?> entry, List<Integer> invalid) {
    BatchNotExecutedException e =
        new BatchNotExecutedException(
            entry.request.method()
                + " "
                + entry.item.path()
                + " (item "
                + entry.item.index()
                + " of the batch) was not executed: WordPress ran none of the batch because item"
                + (invalid.size() == 1 ? " " : "s ")
                + invalid.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " did not validate (validation=require-all-validate); nothing changed",
            core.exchange(response));
    entry.item.failed(BatchItem.State.NOT_EXECUTED, -1, e, client.translated(e));
  }

  /** The single request the item stands for, addressed as it would have been on its own. */
  private HttpRequest request(Batch.Entry<?> entry) {
    URI uri = client.uri(entry.request);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .method(entry.request.method().name(), HttpRequest.BodyPublishers.noBody())
            .header("Accept", "application/json");
    if (entry.request.jsonBody().isPresent()) {
      b.header("Content-Type", "application/json; charset=utf-8");
    }
    return b.build();
  }

  /**
   * The item's headers: an object of names to a value or a list (PHP sends {@code []} for none),
   * and the batch's content type, which the item's body shares.
   */
  private HttpHeaders headers(JsonNode answer) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, JsonNode> h : answer.path("headers").properties()) {
      List<String> values = new ArrayList<>();
      if (h.getValue().isArray()) {
        h.getValue().forEach(v -> values.add(v.asText()));
      } else if (h.getValue().isValueNode()) {
        values.add(h.getValue().asText());
      }
      map.put(h.getKey(), values);
    }
    map.putIfAbsent("Content-Type", List.of("application/json; charset=UTF-8"));
    return HttpHeaders.of(map, (name, value) -> true);
  }

  private byte[] bytes(JsonNode body) {
    try {
      return client.objectMapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON node always writes", e);
    }
  }

  private RuntimeException malformed(String what) {
    return client.translated(
        new MalformedResponseException(
            response.status()
                + " on "
                + response.method()
                + " "
                + Redaction.uri(response.uri(), client.auth()::redact)
                + ": "
                + what,
            core.exchange(response),
            BodyProblem.UNEXPECTED_SHAPE,
            null));
  }
}
