package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * What every {@code ...Fields} type shares: the fields to send on a create or an update, by wire
 * name, in the order set. Only the fields set are sent, so an update changes exactly those. A
 * family's fields type extends this and its builder extends {@link Builder}, adding only the typed
 * setters.
 */
public abstract class WriteFields {
  private final Map<String, Object> fields;

  /**
   * Copies the builder's fields.
   *
   * @param builder the builder holding the fields
   */
  protected WriteFields(Builder<?, ?> builder) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
  }

  /**
   * The fields that will be sent, by wire name.
   *
   * @return the fields
   */
  @JsonValue
  public final Map<String, Object> fields() {
    return fields;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && fields.equals(((WriteFields) o).fields);
  }

  @Override
  public final int hashCode() {
    return fields.hashCode();
  }

  /**
   * The type's name and the names of the fields set: never their values (a password may be one).
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + fields.keySet();
  }

  /**
   * Collects fields; each typed setter replaces an earlier value of its field.
   *
   * @param <F> the fields type built
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<F extends WriteFields, B extends Builder<F, B>> {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** A builder with no fields set. */
    protected Builder() {}

    /**
     * This builder, as its concrete type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * Builds the fields.
     *
     * @return the immutable fields
     */
    public abstract F build();

    /**
     * Any field by its wire name: for fields a plugin adds.
     *
     * @param name the field name
     * @param value a value Jackson can write
     * @return this
     */
    public B field(String name, Object value) {
      requireNonNull(name, "name == null");
      fields.put(name, requireNonNull(value, name + " == null"));
      return self();
    }

    /**
     * Registered meta fields to set ({@code meta}).
     *
     * @param meta meta key to value
     * @return this
     */
    public B meta(Map<String, ?> meta) {
      return field("meta", Map.copyOf(requireNonNull(meta, "meta == null")));
    }

    /**
     * Ids as the JSON array WordPress expects.
     *
     * @param what the parameter's name, for the message
     * @param ids the ids
     * @return the ids as a list
     */
    protected static List<Long> ids(String what, long... ids) {
      requireNonNull(ids, what + " == null");
      return LongStream.of(ids).boxed().collect(Collectors.toUnmodifiableList());
    }

    /**
     * Ids as the JSON array WordPress expects, refusing a null id.
     *
     * @param what the parameter's name, for the message
     * @param ids the ids
     * @return the ids as a list
     */
    protected static List<Long> ids(String what, Collection<Long> ids) {
      requireNonNull(ids, what + " == null");
      for (Long id : ids) {
        requireNonNull(id, what + " contains null: " + ids);
      }
      return List.copyOf(ids);
    }
  }
}
