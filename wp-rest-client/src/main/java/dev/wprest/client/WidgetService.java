package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Widget;
import dev.wprest.client.model.WidgetFields;
import dev.wprest.client.model.WidgetQuery;
import java.util.List;

/**
 * The widgets placed in sidebars ({@code wp.widgets()}; needs {@code edit_theme_options}). Ids are
 * text: the type and a number, {@code block-2}.
 *
 * <pre>{@code
 * Widget w = wp.widgets().create(WidgetFields.builder().idBase("block").sidebar("sidebar-1")
 *     .instance(Map.of("content", "<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->")).build());
 * wp.sidebars().arrange("sidebar-1", List.of(w.id()));   // see below
 * wp.widgets().delete(w.id(), true);   // false: moved to wp_inactive_widgets
 * }</pre>
 *
 * <p>On a block theme with a widget area registered by a plugin, WordPress 6.1 answered a create
 * with the widget in the asked sidebar but showed it in {@code wp_inactive_widgets} from the next
 * read on; {@link SidebarService#arrange(String, java.util.List)} places it for good.
 */
public final class WidgetService {
  private final NamedItems<Widget> items;

  WidgetService(ResourceCore core) {
    this.items = new NamedItems<>(core, Widget.class);
  }

  /**
   * Every widget, in every sidebar.
   *
   * @return the widgets
   */
  public List<Widget> list() {
    return items.list(Query.none());
  }

  /**
   * The widgets matching a query.
   *
   * @param query e.g. {@code WidgetQuery.builder().sidebar("sidebar-1").build()}
   * @return the widgets
   */
  public List<Widget> list(WidgetQuery query) {
    return items.list(query);
  }

  /**
   * One widget.
   *
   * @param id e.g. {@code block-2}
   * @return the widget
   */
  public Widget get(String id) {
    return items.get(id, Query.none());
  }

  /**
   * Creates a widget in a sidebar.
   *
   * @param fields at least {@code idBase} and {@code sidebar}
   * @return the widget as stored
   */
  public Widget create(WidgetFields fields) {
    return items.create(fields);
  }

  /**
   * Changes a widget's settings or moves it to another sidebar.
   *
   * @param id the widget
   * @param fields what to change
   * @return the widget as stored
   */
  public Widget update(String id, WidgetFields fields) {
    return items.update(id, fields);
  }

  /**
   * Deletes a widget; without {@code force} WordPress moves it to {@code wp_inactive_widgets}.
   *
   * @param id the widget
   * @param force true to delete it for good
   * @return the widget as it was (or as moved)
   */
  public Deleted<Widget> delete(String id, boolean force) {
    return items.delete(id, force);
  }

  @Override
  public String toString() {
    return "WidgetService{" + items + "}";
  }
}
