package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * What every query shares: the parameters of a list (or a single get). Each family has its own
 * query over this base ({@code PostQuery.builder().categories(3).perPage(20).build()}, {@link
 * UserQuery}, {@link TermQuery}, ...), offering only the filters its collection knows; {@link
 * Query} is the general one. Lists of ids and names are sent comma-separated ({@code
 * categories=3,4}), which WordPress reads as arrays. A parameter a collection does not know is
 * ignored by WordPress; {@link Builder#param(String, Object)} sends anything a plugin adds.
 */
public abstract class BaseQuery {
  private final Map<String, List<String>> parameters;

  /** Only this package's queries extend this. */
  BaseQuery(Builder<?, ?> b) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * A builder holding this query's parameters, to change some; a typed query returns its own
   * builder.
   *
   * @return a new builder
   */
  public abstract Builder<? extends BaseQuery, ?> toBuilder();

  /**
   * This query asking for another page.
   *
   * @param page the page, from 1
   * @return the new query
   */
  public abstract BaseQuery withPage(int page);

  /**
   * The parameters in the order set, as sent.
   *
   * @return name to values
   */
  public Map<String, List<String>> parameters() {
    return parameters;
  }

  /**
   * The page asked for.
   *
   * @return the page, if set
   */
  public OptionalInt page() {
    return intParameter("page");
  }

  /**
   * The page size asked for.
   *
   * @return {@code per_page}, if set
   */
  public OptionalInt perPage() {
    return intParameter("per_page");
  }

  private OptionalInt intParameter(String name) {
    List<String> v = parameters.get(name);
    return v == null || v.isEmpty()
        ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(v.get(0)));
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && parameters.equals(((BaseQuery) o).parameters);
  }

  @Override
  public final int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + parameters;
  }

  /**
   * The parameters every collection knows (paging, search, sort, ids, context, {@code _fields},
   * {@code _embed}) and {@link #param(String, Object)} for any other; each typed setter replaces an
   * earlier value of its parameter. A family's query builder extends this with the filters its
   * collection knows.
   *
   * @param <Q> the query type built
   * @param <B> the concrete builder, returned by every setter
   */
  public abstract static class Builder<Q extends BaseQuery, B extends Builder<Q, B>> {
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    /** A builder with no parameters set. */
    Builder() {}

    /**
     * This builder, as its concrete type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * Builds the query.
     *
     * @return the immutable query
     */
    public abstract Q build();

    /** Starts from another query's parameters. */
    final B copy(BaseQuery from) {
      from.parameters.forEach((k, v) -> parameters.put(k, new ArrayList<>(v)));
      return self();
    }

    /**
     * The page, from 1 ({@code page}). Asking past the last page is a {@code 400
     * rest_post_invalid_page_number}.
     *
     * @param page 1 or more
     * @return this
     */
    public B page(int page) {
      if (page < 1) {
        throw new IllegalArgumentException("page must be 1 or more: " + page);
      }
      return set("page", String.valueOf(page));
    }

    /**
     * Items per page ({@code per_page}). WordPress refuses more than 100 with a {@code 400}, so
     * this checks first.
     *
     * @param perPage 1 to 100
     * @return this
     */
    public B perPage(int perPage) {
      if (perPage < 1 || perPage > 100) {
        throw new IllegalArgumentException(
            "perPage must be between 1 and 100 (WordPress's limit): " + perPage);
      }
      return set("per_page", String.valueOf(perPage));
    }

    /**
     * Full-text search ({@code search}).
     *
     * @param terms the words to find
     * @return this
     */
    public B search(String terms) {
      return set("search", requireNonNull(terms, "terms == null"));
    }

    /**
     * Sort direction ({@code order}).
     *
     * @param order the direction
     * @return this
     */
    public B order(Order order) {
      return set("order", requireNonNull(order, "order == null").wire());
    }

    /**
     * Only these ids ({@code include}).
     *
     * @param ids the ids
     * @return this
     */
    public B include(long... ids) {
      return set("include", ids("ids", ids));
    }

    /**
     * Not these ids ({@code exclude}).
     *
     * @param ids the ids
     * @return this
     */
    public B exclude(long... ids) {
      return set("exclude", ids("ids", ids));
    }

    /**
     * The representation ({@code context}).
     *
     * @param context the context
     * @return this
     */
    public B context(Context context) {
      return set("context", requireNonNull(context, "context == null").wire());
    }

    /**
     * Only these fields in each item ({@code _fields}), e.g. {@code "id", "title"}: smaller
     * answers.
     *
     * @param fields the top-level field names (dots for nested: {@code meta.foo})
     * @return this
     */
    public B fields(String... fields) {
      return set("_fields", names("fields", fields));
    }

    /**
     * Embeds every linked resource ({@code _embed}); read them from {@code embedded()}.
     *
     * @return this
     */
    public B embed() {
      return set("_embed", "1");
    }

    /**
     * Embeds only these link relations ({@code _embed=author,wp:term}).
     *
     * @param relations the relations
     * @return this
     */
    public B embed(String... relations) {
      return set("_embed", names("relations", relations));
    }

    /**
     * Sends any parameter as given; a second call with the same name sends it again. For parameters
     * a plugin adds or this builder does not know.
     *
     * @param name the parameter name
     * @param value its value ({@code String.valueOf} is sent)
     * @return this
     */
    public B param(String name, Object value) {
      requireNonNull(name, "name == null");
      requireNonNull(value, "value == null");
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      return self();
    }

    /**
     * Sets a parameter, replacing an earlier value.
     *
     * @param name the wire name
     * @param value the value as sent
     * @return this
     */
    protected final B set(String name, String value) {
      parameters.put(name, new ArrayList<>(List.of(value)));
      return self();
    }

    /**
     * Ids comma-separated, refusing none.
     *
     * @param what the parameter's name, for the message
     * @param ids the ids
     * @return the wire form
     */
    protected static String ids(String what, long... ids) {
      requireNonNull(ids, what + " == null");
      if (ids.length == 0) {
        throw new IllegalArgumentException(what + " must name at least one id");
      }
      return LongStream.of(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /**
     * Ids comma-separated, refusing none and nulls.
     *
     * @param what the parameter's name, for the message
     * @param ids the ids
     * @return the wire form
     */
    protected static String ids(String what, Collection<Long> ids) {
      requireNonNull(ids, what + " == null");
      long[] values = new long[ids.size()];
      int i = 0;
      for (Long id : ids) {
        values[i++] = requireNonNull(id, what + " contains null: " + ids);
      }
      return ids(what, values);
    }

    /**
     * Wire values comma-separated, refusing none and nulls.
     *
     * @param what the parameter's name, for the message
     * @param values the values
     * @return the wire form
     */
    protected static String wires(String what, WireValue... values) {
      requireNonNull(values, what + " == null");
      String[] names = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        names[i] =
            requireNonNull(values[i], what + " contains null: " + Arrays.toString(values)).wire();
      }
      return names(what, names);
    }

    /**
     * Names comma-separated, refusing none and nulls.
     *
     * @param what the parameter's name, for the message
     * @param names the names
     * @return the wire form
     */
    protected static String names(String what, String... names) {
      requireNonNull(names, what + " == null");
      if (names.length == 0) {
        throw new IllegalArgumentException(what + " must name at least one value");
      }
      for (String n : names) {
        requireNonNull(n, what + " contains null: " + Arrays.toString(names));
      }
      return String.join(",", names);
    }
  }
}
