package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Theme;
import dev.wprest.client.model.ThemeQuery;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The installed themes ({@code wp.themes()}; read-only in WordPress 6.1: switching or installing a
 * theme has no REST route). Inactive themes need {@code switch_themes}; the active one is readable
 * by anyone who may edit posts.
 *
 * <pre>{@code
 * Theme active = wp.themes().active();
 * List<Theme> all = wp.themes().list();
 * }</pre>
 */
public final class ThemeService {
  private final NamedItems<Theme> items;

  ThemeService(ResourceCore core) {
    this.items = new NamedItems<>(core, Theme.class);
  }

  /**
   * Every installed theme.
   *
   * @return the themes
   */
  public List<Theme> list() {
    return items.list(Query.none());
  }

  /**
   * The themes matching a query.
   *
   * @param query e.g. {@code ThemeQuery.builder().status("inactive").build()}
   * @return the themes
   */
  public List<Theme> list(ThemeQuery query) {
    return items.list(query);
  }

  /**
   * The active theme.
   *
   * @return the theme
   * @throws NoSuchElementException when the site names none (it always does)
   */
  public Theme active() {
    List<Theme> active = list(ThemeQuery.builder().status("active").build());
    if (active.isEmpty()) {
      throw new NoSuchElementException("the site lists no active theme");
    }
    return active.get(0);
  }

  /**
   * One installed theme.
   *
   * @param stylesheet its directory name, e.g. {@code twentytwentythree}
   * @return the theme
   */
  public Theme get(String stylesheet) {
    return items.get(stylesheet, Query.none());
  }

  @Override
  public String toString() {
    return "ThemeService{" + items + "}";
  }
}
