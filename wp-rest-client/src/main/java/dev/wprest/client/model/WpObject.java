package dev.wprest.client.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Set;

/**
 * What every resource model shares: which JSON properties the answer actually carried. A request
 * with {@code _fields} (see {@link Query.Builder#fields(String...)}) gets only the fields it named;
 * the models' accessors keep their plain types (a missing {@code title} reads as an empty {@link
 * Rendered}, a missing {@code author} as {@code 0}), so ask {@link #has(String)} to tell a field
 * that WordPress left out from one it sent empty.
 *
 * <p>Why a presence set and not {@code Optional} accessors: every existing accessor keeps its type
 * and meaning, the answer without {@code _fields} (the usual case) costs nothing to read, and the
 * check names the JSON property exactly as WordPress and {@code _fields} spell it ({@code
 * featured_media}, not {@code featuredMedia}). The presence is recorded whichever {@code
 * ObjectMapper} binds the model, a bare {@code new ObjectMapper()} too.
 */
@JsonDeserialize(using = FieldPresenceDeserializer.class)
public abstract class WpObject {
  private Set<String> fieldsPresent = Set.of();

  WpObject() {}

  /**
   * Whether the answer carried this top-level JSON property, even as {@code null} or empty.
   *
   * @param jsonProperty the property as WordPress names it, e.g. {@code "title"}, {@code
   *     "featured_media"}
   * @return true when the property was in the answer
   */
  public final boolean has(String jsonProperty) {
    return fieldsPresent.contains(jsonProperty);
  }

  /**
   * The top-level JSON properties the answer carried, including those this model has no accessor
   * for.
   *
   * @return the property names, unmodifiable
   */
  public final Set<String> fieldsPresent() {
    return fieldsPresent;
  }

  final void recordFieldsPresent(Set<String> names) {
    this.fieldsPresent = Set.copyOf(names);
  }
}
