package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link Diagnosis} as JSON for tools. The shape: {@code cause}, {@code code}, {@code
 * stage}, {@code confidence}, {@code summary}, {@code evidence} (an array of {@code label}, {@code
 * value}, {@code probe}), {@code doesNotFit} (observations the diagnosis cannot explain), {@code
 * firstCheck}, {@code notYet}, {@code alternatives} (an array of {@code cause}, {@code code},
 * {@code why}) and {@code docLink}.
 */
public final class JsonRenderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonRenderer() {}

  /**
   * The diagnosis as a JSON tree.
   *
   * @param d the diagnosis
   * @return a new object node
   */
  public static ObjectNode toTree(Diagnosis d) {
    requireNonNull(d, "d == null");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("cause", d.cause().name());
    root.put("code", d.code());
    root.put("stage", d.stage().name());
    root.put("confidence", d.confidence().name());
    root.put("summary", d.summary());
    ArrayNode evidence = root.putArray("evidence");
    for (Evidence e : d.evidence()) {
      evidence
          .addObject()
          .put("label", e.label())
          .put("value", e.value())
          .put("probe", e.fromProbe());
    }
    ArrayNode doesNotFit = root.putArray("doesNotFit");
    d.doesNotFit().forEach(doesNotFit::add);
    root.put("firstCheck", d.firstCheck());
    ArrayNode notYet = root.putArray("notYet");
    d.notYet().forEach(notYet::add);
    ArrayNode alternatives = root.putArray("alternatives");
    for (Alternative a : d.alternatives()) {
      alternatives
          .addObject()
          .put("cause", a.cause().name())
          .put("code", a.cause().code())
          .put("why", a.why());
    }
    root.put("docLink", d.docLink());
    return root;
  }

  /**
   * The diagnosis as indented JSON text.
   *
   * @param d the diagnosis
   * @return the JSON document
   */
  public static String render(Diagnosis d) {
    try {
      return MAPPER.writeValueAsString(toTree(d));
    } catch (JsonProcessingException e) {
      // A tree of strings and booleans always serializes.
      throw new IllegalStateException(e);
    }
  }
}
