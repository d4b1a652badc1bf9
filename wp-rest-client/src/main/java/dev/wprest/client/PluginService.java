package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Plugin;
import dev.wprest.client.model.PluginQuery;
import dev.wprest.client.model.Query;
import java.util.List;
import java.util.Map;

/**
 * The installed plugins ({@code wp.plugins()}; administrators: {@code activate_plugins}, {@code
 * install_plugins}, {@code delete_plugins}). A plugin is named by its file without {@code .php}:
 * {@code akismet/akismet}, or {@code hello} for a single-file plugin.
 *
 * <pre>{@code
 * Plugin akismet = wp.plugins().activate("akismet/akismet");
 * wp.plugins().deactivate("akismet/akismet");
 * wp.plugins().list(PluginQuery.builder().status("active").build());
 * }</pre>
 *
 * <p>{@link #install(String, boolean)} downloads from wordpress.org: the site, not this client,
 * must reach the internet, and WordPress must be allowed to write its plugin directory.
 */
public final class PluginService {
  private final NamedItems<Plugin> items;

  PluginService(ResourceCore core) {
    this.items = new NamedItems<>(core, Plugin.class);
  }

  /**
   * Every installed plugin (WordPress does not page this list).
   *
   * @return the plugins
   */
  public List<Plugin> list() {
    return items.list(Query.none());
  }

  /**
   * The installed plugins matching a query ({@code status}, {@code search}, {@code context}).
   *
   * @param query e.g. {@code PluginQuery.builder().status("active").build()}
   * @return the plugins
   */
  public List<Plugin> list(PluginQuery query) {
    return items.list(query);
  }

  /**
   * One installed plugin.
   *
   * @param plugin e.g. {@code akismet/akismet}
   * @return the plugin
   * @throws NotFoundException when it is not installed ({@code rest_plugin_not_found})
   */
  public Plugin get(String plugin) {
    return items.get(plugin, Query.none());
  }

  /**
   * Activates an installed plugin (a no-op when it is active).
   *
   * @param plugin e.g. {@code akismet/akismet}
   * @return the plugin, now active
   */
  public Plugin activate(String plugin) {
    return items.update(plugin, Map.of("status", "active"));
  }

  /**
   * Deactivates a plugin (a no-op when it is inactive).
   *
   * @param plugin e.g. {@code akismet/akismet}
   * @return the plugin, now inactive
   */
  public Plugin deactivate(String plugin) {
    return items.update(plugin, Map.of("status", "inactive"));
  }

  /**
   * Installs a plugin from the wordpress.org directory by its slug. Needs the site to reach
   * api.wordpress.org and downloads.wordpress.org and to write {@code wp-content/plugins}; when it
   * cannot, WordPress answers an error such as {@code 500 plugins_api_failed} or {@code
   * fs_unavailable}, thrown as the client's typed exceptions.
   *
   * @param slug the directory slug, e.g. {@code hello-dolly}
   * @param activate true to activate it once installed
   * @return the installed plugin
   */
  public Plugin install(String slug, boolean activate) {
    requireNonNull(slug, "slug == null");
    if (!slug.matches("[a-z0-9-]{1,200}")) {
      throw new IllegalArgumentException("not a plugin directory slug: " + slug);
    }
    return items.create(Map.of("slug", slug, "status", activate ? "active" : "inactive"));
  }

  /**
   * Deletes an inactive plugin's files (WordPress refuses an active one: {@code
   * rest_cannot_delete_active_plugin}).
   *
   * @param plugin e.g. {@code hello}
   * @return the plugin as it was
   */
  public Deleted<Plugin> delete(String plugin) {
    return items.delete(plugin, false);
  }

  @Override
  public String toString() {
    return "PluginService{" + items + "}";
  }
}
