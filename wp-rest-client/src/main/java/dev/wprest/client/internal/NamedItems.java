package dev.wprest.client.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.WpRequest;
import dev.wprest.client.model.BaseQuery;
import dev.wprest.client.model.Deleted;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The requests of a collection whose items are named by text rather than a number ({@code
 * akismet/akismet}, {@code core/paragraph}, {@code twentytwentythree//home}, {@code block-2}) and
 * which WordPress answers whole, without pages.
 */
public final class NamedItems<T> {
  /** A name may hold slashes (plugins, block types, templates) but never a query or a dot path. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-/]{1,200}");

  private final ResourceCore core;
  private final JavaType type;

  /** The requests of {@code core}'s collection, binding items to {@code type}. */
  public NamedItems(ResourceCore core, Class<T> type) {
    this.core = core;
    this.type = core.type(type);
  }

  /** The collection's core: route, client and binding. */
  public ResourceCore core() {
    return core;
  }

  /** The item type, as Jackson binds it. */
  public JavaType type() {
    return type;
  }

  /** Every item, in one request (these collections do not page). */
  public List<T> list(BaseQuery query) {
    requireNonNull(query, "query == null");
    return List.copyOf(
        core.<List<T>>send(ResourceCore.get(core.route(), query), core.listOf(type)));
  }

  /** One item by name. */
  public T get(String name, BaseQuery query) {
    requireNonNull(query, "query == null");
    return core.send(ResourceCore.get(core.route(checked(name)), query), type);
  }

  /** Creates an item from {@code body}. */
  public T create(Object body) {
    return core.send(
        WpRequest.post(core.route(), requireNonNull(body, "fields == null")).build(), type);
  }

  /** Updates the named item with {@code body}. */
  public T update(String name, Object body) {
    requireNonNull(body, "fields == null");
    return core.send(WpRequest.post(core.route(checked(name)), body).build(), type);
  }

  /** Deletes the named item, permanently when {@code force}. */
  public Deleted<T> delete(String name, boolean force) {
    WpRequest.Builder b = WpRequest.delete(core.route(checked(name)));
    if (force) {
      b.query("force", "true");
    }
    return core.deleted(core.client().execute(b.build()), type);
  }

  /** {@code name} if WordPress routes it as one path segment group; refuses anything else. */
  public static String checked(String name) {
    requireNonNull(name, "name == null");
    if (!NAME.matcher(name).matches() || name.startsWith("/") || name.endsWith("/")) {
      throw new IllegalArgumentException("not a name WordPress routes: " + name);
    }
    return name;
  }

  @Override
  public String toString() {
    return core.describe();
  }
}
