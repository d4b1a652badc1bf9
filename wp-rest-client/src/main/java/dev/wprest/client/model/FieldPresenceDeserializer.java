package dev.wprest.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Binds a {@link WpObject} with Jackson's own bean deserializer, then records which top-level
 * properties the JSON object carried. Declared on {@link WpObject}, so it applies with any mapper.
 */
final class FieldPresenceDeserializer extends JsonDeserializer<Object>
    implements ContextualDeserializer {
  private final JsonDeserializer<Object> bean;

  FieldPresenceDeserializer() {
    this(null);
  }

  private FieldPresenceDeserializer(JsonDeserializer<Object> bean) {
    this.bean = bean;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JavaType type = ctxt.getContextualType();
    if (type == null && property != null) {
      type = property.getType();
    }
    if (type == null || !WpObject.class.isAssignableFrom(type.getRawClass())) {
      throw JsonMappingException.from(ctxt, "no WpObject type to bind: " + type);
    }
    // The factory, unlike the mapper's cache, does not look at @JsonDeserialize(using = ...), so
    // this is the plain bean deserializer the model would get without the annotation.
    BeanDescription description = ctxt.getConfig().introspect(type);
    JsonDeserializer<Object> plain =
        ctxt.getFactory().createBeanDeserializer(ctxt, type, description);
    if (plain instanceof ResolvableDeserializer) {
      ((ResolvableDeserializer) plain).resolve(ctxt);
    }
    return new FieldPresenceDeserializer(plain);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (bean == null) {
      throw JsonMappingException.from(p, "FieldPresenceDeserializer used without context");
    }
    JsonNode tree = ctxt.readTree(p);
    Object value;
    try (JsonParser replay = tree.traverse(p.getCodec())) {
      replay.nextToken();
      value = bean.deserialize(replay, ctxt);
    }
    if (value instanceof WpObject && tree.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      tree.fieldNames().forEachRemaining(names::add);
      ((WpObject) value).recordFieldsPresent(names);
    }
    return value;
  }
}
