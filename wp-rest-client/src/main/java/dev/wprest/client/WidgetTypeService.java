package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.WidgetType;
import java.util.List;

/**
 * The registered widget types ({@code wp.widgetTypes()}; needs {@code edit_theme_options}).
 *
 * <pre>{@code
 * WidgetType text = wp.widgetTypes().get("text");
 * }</pre>
 */
public final class WidgetTypeService {
  private final NamedItems<WidgetType> items;

  WidgetTypeService(ResourceCore core) {
    this.items = new NamedItems<>(core, WidgetType.class);
  }

  /**
   * Every widget type.
   *
   * @return the types
   */
  public List<WidgetType> list() {
    return items.list(Query.none());
  }

  /**
   * One widget type.
   *
   * @param id e.g. {@code text}, {@code block}
   * @return the type
   */
  public WidgetType get(String id) {
    return items.get(id, Query.none());
  }

  @Override
  public String toString() {
    return "WidgetTypeService{" + items + "}";
  }
}
