package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Sidebar;
import java.util.List;
import java.util.Map;

/**
 * The widget areas ({@code wp.sidebars()}; needs {@code edit_theme_options}). {@code
 * wp_inactive_widgets} always exists and holds the widgets no area shows.
 *
 * <pre>{@code
 * Sidebar footer = wp.sidebars().get("sidebar-1");
 * wp.sidebars().arrange("sidebar-1", List.of("block-3", "block-2"));   // order, and membership
 * }</pre>
 */
public final class SidebarService {
  private final NamedItems<Sidebar> items;

  SidebarService(ResourceCore core) {
    this.items = new NamedItems<>(core, Sidebar.class);
  }

  /**
   * Every sidebar.
   *
   * @return the sidebars
   */
  public List<Sidebar> list() {
    return items.list(Query.none());
  }

  /**
   * One sidebar.
   *
   * @param id e.g. {@code sidebar-1}, {@code wp_inactive_widgets}
   * @return the sidebar
   */
  public Sidebar get(String id) {
    return items.get(id, Query.none());
  }

  /**
   * Sets which widgets a sidebar holds, in order. A widget left out moves to {@code
   * wp_inactive_widgets}; one named here leaves its old sidebar.
   *
   * @param id the sidebar
   * @param widgetIds the widgets, in order
   * @return the sidebar as stored
   */
  public Sidebar arrange(String id, List<String> widgetIds) {
    List<String> widgets = List.copyOf(requireNonNull(widgetIds, "widgetIds == null"));
    return items.update(id, Map.of("widgets", widgets));
  }

  @Override
  public String toString() {
    return "SidebarService{" + items + "}";
  }
}
