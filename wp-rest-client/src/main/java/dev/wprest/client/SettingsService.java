package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Settings;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The site settings ({@code wp.settings()}, administrators only: others get {@code 401}/{@code 403
 * rest_forbidden}).
 *
 * <pre>{@code
 * Settings s = wp.settings().get();
 * wp.settings().update(Map.of("description", "Just another site"));
 * }</pre>
 */
public final class SettingsService {
  private final ResourceCore core;

  SettingsService(ResourceCore core) {
    this.core = core;
  }

  /**
   * Reads the settings.
   *
   * @return the settings
   */
  public Settings get() {
    return core.send(ResourceCore.get(core.route(), Query.none()), core.type(Settings.class));
  }

  /**
   * Reads the settings asynchronously.
   *
   * @return the settings
   */
  public CompletableFuture<Settings> getAsync() {
    return core.sendAsync(ResourceCore.get(core.route(), Query.none()), core.type(Settings.class));
  }

  /**
   * Changes the named settings and nothing else.
   *
   * @param changes setting name ({@code title}, {@code description}, {@code posts_per_page}, ...)
   *     to new value
   * @return all settings after the change
   */
  public Settings update(Map<String, ?> changes) {
    requireNonNull(changes, "changes == null");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("changes must name at least one setting");
    }
    return core.send(
        WpRequest.post(core.route(), Map.copyOf(changes)).build(), core.type(Settings.class));
  }

  /**
   * Changes settings, asynchronously.
   *
   * @param changes the settings to change
   * @return the settings as stored
   */
  public CompletableFuture<Settings> updateAsync(Map<String, ?> changes) {
    return core.client().async(() -> update(changes));
  }

  @Override
  public String toString() {
    return "SettingsService{" + core.describe() + "}";
  }
}
