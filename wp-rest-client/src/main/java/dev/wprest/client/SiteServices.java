package dev.wprest.client;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Menu;
import dev.wprest.client.model.MenuFields;
import dev.wprest.client.model.MenuItem;
import dev.wprest.client.model.MenuItemFields;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.TermQuery;

/**
 * Builds the services of the site's structure (plugins, themes, menus, widgets, blocks, templates,
 * styles, health) that {@link WordPressClient}'s accessors hand out; like {@link ResourceServices}
 * for content, they hold no state of their own.
 */
final class SiteServices {
  private SiteServices() {}

  static PluginService plugins(WordPressClient client) {
    return new PluginService(new ResourceCore(client, "/wp/v2/plugins"));
  }

  static ThemeService themes(WordPressClient client) {
    return new ThemeService(new ResourceCore(client, "/wp/v2/themes"));
  }

  static ResourceService<Menu, MenuFields, TermQuery> menus(WordPressClient client) {
    ResourceCore core = new ResourceCore(client, "/wp/v2/menus");
    return new ResourceService<>(core, core.type(Menu.class));
  }

  static ResourceService<MenuItem, MenuItemFields, MenuItemQuery> menuItems(
      WordPressClient client) {
    ResourceCore core = new ResourceCore(client, "/wp/v2/menu-items");
    return new ResourceService<>(core, core.type(MenuItem.class));
  }

  static MenuLocationService menuLocations(WordPressClient client) {
    return new MenuLocationService(new ResourceCore(client, "/wp/v2/menu-locations"));
  }

  static SidebarService sidebars(WordPressClient client) {
    return new SidebarService(new ResourceCore(client, "/wp/v2/sidebars"));
  }

  static WidgetService widgets(WordPressClient client) {
    return new WidgetService(new ResourceCore(client, "/wp/v2/widgets"));
  }

  static WidgetTypeService widgetTypes(WordPressClient client) {
    return new WidgetTypeService(new ResourceCore(client, "/wp/v2/widget-types"));
  }

  static PostService blocks(WordPressClient client) {
    return new PostService(new ResourceCore(client, "/wp/v2/blocks"));
  }

  static PostService navigation(WordPressClient client) {
    return new PostService(new ResourceCore(client, "/wp/v2/navigation"));
  }

  static BlockTypeService blockTypes(WordPressClient client) {
    return new BlockTypeService(
        new ResourceCore(client, "/wp/v2/block-types"),
        new ResourceCore(client, "/wp/v2/block-directory/search"));
  }

  static BlockRendererService blockRenderer(WordPressClient client) {
    return new BlockRendererService(new ResourceCore(client, "/wp/v2/block-renderer"));
  }

  static BlockPatternService blockPatterns(WordPressClient client) {
    return new BlockPatternService(client);
  }

  static TemplateService templates(WordPressClient client) {
    return new TemplateService(new ResourceCore(client, "/wp/v2/templates"));
  }

  static TemplateService templateParts(WordPressClient client) {
    return new TemplateService(new ResourceCore(client, "/wp/v2/template-parts"));
  }

  static GlobalStylesService globalStyles(WordPressClient client) {
    return new GlobalStylesService(client);
  }

  static SiteHealthService siteHealth(WordPressClient client) {
    return new SiteHealthService(new ResourceCore(client, "/wp-site-health/v1"));
  }

  static UrlDetailsService urlDetails(WordPressClient client) {
    return new UrlDetailsService(new ResourceCore(client, "/wp-block-editor/v1/url-details"));
  }
}
