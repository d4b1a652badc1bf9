package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A value WordPress sends as one lowercase name from a set that core defines and plugins may
 * extend: a post status, a sort key. Each set is a subclass with a constant for every value core
 * knows and {@code of(String)} for a plugin's; two values are equal when they are of the same set
 * and have the same name, so {@code PostStatus.of("draft")} equals {@link PostStatus#DRAFT}.
 */
public abstract class WireValue {
  /** What {@code sanitize_key()} leaves: WordPress reduces every status and sort key to this. */
  private static final Pattern KEY = Pattern.compile("[a-z0-9_-]+");

  private final String wire;

  /** Only this package's sets extend this. */
  WireValue(String wire) {
    this.wire = wire;
  }

  /**
   * The value as sent, e.g. {@code draft}.
   *
   * @return the wire value
   */
  public final String wire() {
    return wire;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && wire.equals(((WireValue) o).wire);
  }

  @Override
  public final int hashCode() {
    return wire.hashCode();
  }

  /** The wire value, so that a value reads as WordPress writes it. */
  @Override
  public final String toString() {
    return wire;
  }

  /**
   * The values of one set that core knows, and the way to make any other.
   *
   * @param <V> the set
   */
  static final class Known<V extends WireValue> {
    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Function<String, V> factory;
    private final String what;

    Known(String what, Function<String, V> factory) {
      this.what = what;
      this.factory = factory;
    }

    /** Declares a value core knows. */
    V add(String wire) {
      V value = factory.apply(wire);
      values.put(wire, value);
      return value;
    }

    /** The known constant, or a new value as a site sent it, unchecked. */
    V read(String wire) {
      V known = values.get(wire);
      return known != null ? known : factory.apply(wire);
    }

    /** The known constant, or a new value checked to be a name WordPress could have. */
    V of(String wire) {
      requireNonNull(wire, what + " == null");
      V known = values.get(wire);
      if (known != null) {
        return known;
      }
      if (!KEY.matcher(wire).matches()) {
        throw new IllegalArgumentException(
            "not a WordPress "
                + what
                + " (lowercase letters, digits, '-' and '_', as sanitize_key() leaves them): \""
                + wire
                + "\"");
      }
      return factory.apply(wire);
    }
  }
}
