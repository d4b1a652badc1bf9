package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.MenuLocation;
import dev.wprest.client.model.Query;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The active theme's menu locations and the menu assigned to each ({@code wp.menuLocations()};
 * needs {@code edit_theme_options}). Assign a menu with {@code
 * MenuFields.builder().locations(...)}.
 *
 * <pre>{@code
 * Map<String, MenuLocation> places = wp.menuLocations().all();
 * long primary = wp.menuLocations().get("primary").menu();   // 0: nothing assigned
 * }</pre>
 */
public final class MenuLocationService {
  private final NamedItems<MenuLocation> items;

  MenuLocationService(ResourceCore core) {
    this.items = new NamedItems<>(core, MenuLocation.class);
  }

  /**
   * Every location, by name. A theme with none (a block theme) answers {@code []}, PHP's empty
   * array: that is an empty map here.
   *
   * @return name to location, in WordPress's order
   */
  public Map<String, MenuLocation> all() {
    ResourceCore core = items.core();
    WpResponse response = core.client().execute(ResourceCore.get(core.route(), Query.none()));
    JsonNode body = response.json();
    Map<String, MenuLocation> all = new LinkedHashMap<>();
    if (body.isObject()) {
      JavaType type = items.type();
      body.properties()
          .forEach(e -> all.put(e.getKey(), core.convert(response, e.getValue(), type)));
    } else if (!(body.isArray() && body.isEmpty())) {
      // Anything else is no map of locations: let the binder name the mismatch.
      core.convert(
          response,
          body,
          core.mapper()
              .getTypeFactory()
              .constructMapType(LinkedHashMap.class, String.class, MenuLocation.class));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * One location.
   *
   * @param name the location's name, e.g. {@code primary}
   * @return the location
   * @throws NotFoundException when the theme has no such location ({@code
   *     rest_menu_location_invalid})
   */
  public MenuLocation get(String name) {
    return items.get(name, Query.none());
  }

  @Override
  public String toString() {
    return "MenuLocationService{" + items + "}";
  }
}
