package dev.wprest.client.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The parameters of a list (or a single get): {@code Query.builder().perPage(20).search("java")
 * .build()}. Lists of ids and names are sent comma-separated ({@code categories=3,4}), which
 * WordPress reads as arrays. A parameter a collection does not know is ignored by WordPress; {@link
 * Builder#param(String, Object)} sends anything a plugin adds.
 */
public final class Query {
  private static final Query NONE = builder().build();

  private final Map<String, List<String>> parameters;

  private Query(Builder b) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    b.parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * No parameters: WordPress's defaults (10 per page, newest first).
   *
   * @return the empty query
   */
  public static Query none() {
    return NONE;
  }

  /**
   * A builder holding this query's parameters, to change some.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    parameters.forEach((k, v) -> b.parameters.put(k, new ArrayList<>(v)));
    return b;
  }

  /**
   * This query asking for another page.
   *
   * @param page the page, from 1
   * @return the new query
   */
  public Query withPage(int page) {
    return toBuilder().page(page).build();
  }

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
  public boolean equals(Object o) {
    return o instanceof Query && parameters.equals(((Query) o).parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return "Query" + parameters;
  }

  /** Builds a {@link Query}; each typed setter replaces an earlier value of its parameter. */
  public static final class Builder {
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The page, from 1 ({@code page}). Asking past the last page is a {@code 400
     * rest_post_invalid_page_number}.
     *
     * @param page 1 or more
     * @return this
     */
    public Builder page(int page) {
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
    public Builder perPage(int perPage) {
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
    public Builder search(String terms) {
      return set("search", requireNonNull(terms, "terms == null"));
    }

    /**
     * Sort direction ({@code order}).
     *
     * @param order the direction
     * @return this
     */
    public Builder order(Order order) {
      return set("order", requireNonNull(order, "order == null").wire());
    }

    /**
     * Sort key ({@code orderby}): {@code date}, {@code id}, {@code title}, {@code slug}, {@code
     * modified}, {@code include}, {@code name}, {@code count}, ... depending on the collection.
     *
     * @param field the key
     * @return this
     */
    public Builder orderBy(String field) {
      return set("orderby", requireNonNull(field, "field == null"));
    }

    /**
     * Only items with these statuses ({@code status}); anything but {@code publish} needs
     * credentials.
     *
     * @param statuses e.g. {@code draft}, {@code publish}
     * @return this
     */
    public Builder status(String... statuses) {
      return set("status", names("statuses", statuses));
    }

    /**
     * Only items by these authors ({@code author}).
     *
     * @param userIds the user ids
     * @return this
     */
    public Builder author(long... userIds) {
      return set("author", ids("userIds", userIds));
    }

    /**
     * Only posts in these categories ({@code categories}).
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categories(long... termIds) {
      return set("categories", ids("termIds", termIds));
    }

    /**
     * No posts in these categories ({@code categories_exclude}).
     *
     * @param termIds the category ids
     * @return this
     */
    public Builder categoriesExclude(long... termIds) {
      return set("categories_exclude", ids("termIds", termIds));
    }

    /**
     * Only posts with these tags ({@code tags}).
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tags(long... termIds) {
      return set("tags", ids("termIds", termIds));
    }

    /**
     * No posts with these tags ({@code tags_exclude}).
     *
     * @param termIds the tag ids
     * @return this
     */
    public Builder tagsExclude(long... termIds) {
      return set("tags_exclude", ids("termIds", termIds));
    }

    /**
     * Only these ids ({@code include}).
     *
     * @param ids the ids
     * @return this
     */
    public Builder include(long... ids) {
      return set("include", ids("ids", ids));
    }

    /**
     * Not these ids ({@code exclude}).
     *
     * @param ids the ids
     * @return this
     */
    public Builder exclude(long... ids) {
      return set("exclude", ids("ids", ids));
    }

    /**
     * Only items with these slugs ({@code slug}).
     *
     * @param slugs the slugs
     * @return this
     */
    public Builder slug(String... slugs) {
      return set("slug", names("slugs", slugs));
    }

    /**
     * Only items published before an instant ({@code before}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder before(OffsetDateTime instant) {
      return set("before", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only items published before a time in the site's time zone ({@code before}, no offset).
     *
     * @param siteLocal the site-local time
     * @return this
     */
    public Builder before(LocalDateTime siteLocal) {
      return set("before", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * Only items published after an instant ({@code after}).
     *
     * @param instant the instant, with its offset
     * @return this
     */
    public Builder after(OffsetDateTime instant) {
      return set("after", WpDates.wire(requireNonNull(instant, "instant == null")));
    }

    /**
     * Only items published after a time in the site's time zone ({@code after}, no offset).
     *
     * @param siteLocal the site-local time
     * @return this
     */
    public Builder after(LocalDateTime siteLocal) {
      return set("after", WpDates.wire(requireNonNull(siteLocal, "siteLocal == null")));
    }

    /**
     * Only children of these parents ({@code parent}); 0 means top level.
     *
     * @param parentIds the parent ids
     * @return this
     */
    public Builder parent(long... parentIds) {
      return set("parent", ids("parentIds", parentIds));
    }

    /**
     * Only comments on these posts ({@code post}).
     *
     * @param postIds the post ids
     * @return this
     */
    public Builder post(long... postIds) {
      return set("post", ids("postIds", postIds));
    }

    /**
     * The kind of search hit ({@code type}: {@code post}, {@code term}, {@code post-format}).
     *
     * @param type the type
     * @return this
     */
    public Builder type(String type) {
      return set("type", requireNonNull(type, "type == null"));
    }

    /**
     * The representation ({@code context}).
     *
     * @param context the context
     * @return this
     */
    public Builder context(Context context) {
      return set("context", requireNonNull(context, "context == null").wire());
    }

    /**
     * Only these fields in each item ({@code _fields}), e.g. {@code "id", "title"}: smaller
     * answers.
     *
     * @param fields the top-level field names (dots for nested: {@code meta.foo})
     * @return this
     */
    public Builder fields(String... fields) {
      return set("_fields", names("fields", fields));
    }

    /**
     * Embeds every linked resource ({@code _embed}); read them from {@code embedded()}.
     *
     * @return this
     */
    public Builder embed() {
      return set("_embed", "1");
    }

    /**
     * Embeds only these link relations ({@code _embed=author,wp:term}).
     *
     * @param relations the relations
     * @return this
     */
    public Builder embed(String... relations) {
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
    public Builder param(String name, Object value) {
      requireNonNull(name, "name == null");
      requireNonNull(value, "value == null");
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     */
    public Query build() {
      return new Query(this);
    }

    private Builder set(String name, String value) {
      parameters.put(name, new ArrayList<>(List.of(value)));
      return this;
    }

    private static String ids(String what, long... ids) {
      requireNonNull(ids, what + " == null");
      if (ids.length == 0) {
        throw new IllegalArgumentException(what + " must name at least one id");
      }
      return LongStream.of(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    private static String names(String what, String... names) {
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
