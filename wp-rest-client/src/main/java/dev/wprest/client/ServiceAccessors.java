package dev.wprest.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.model.Menu;
import dev.wprest.client.model.MenuFields;
import dev.wprest.client.model.MenuItem;
import dev.wprest.client.model.MenuItemFields;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Taxonomy;
import dev.wprest.client.model.TermQuery;

/**
 * The service accessors of {@link WordPressClient} ({@code posts()}, {@code plugins()}, ...), one
 * line each over its {@link ServiceCatalog}. They are the client's public API; they sit in this
 * package-private superclass only so that the client's own file holds its calls and stays small
 * (javadoc shows them on {@code WordPressClient}, and javac adds public bridges for reflection).
 */
abstract class ServiceAccessors {
  /** Only {@link WordPressClient} extends this. */
  ServiceAccessors() {}

  /** The client's services, built once. */
  abstract ServiceCatalog services();

  /**
   * Posts ({@code /wp/v2/posts}).
   *
   * @return the service
   */
  public PostService posts() {
    return services().posts;
  }

  /**
   * Pages ({@code /wp/v2/pages}).
   *
   * @return the service
   */
  public PostService pages() {
    return services().pages;
  }

  /**
   * The items of a post type by its name, e.g. a custom type {@code book}. Its route ({@code
   * rest_namespace}/{@code rest_base}) is looked up in {@code /wp/v2/types} on first use.
   *
   * @param type the post type's name
   * @return the service
   */
  public PostService postType(String type) {
    return services().postType(type);
  }

  /**
   * The media library ({@code /wp/v2/media}), with uploads.
   *
   * @return the service
   */
  public MediaService media() {
    return services().media;
  }

  /**
   * Users ({@code /wp/v2/users}).
   *
   * @return the service
   */
  public UserService users() {
    return services().users;
  }

  /**
   * Categories ({@code /wp/v2/categories}).
   *
   * @return the service
   */
  public TermService categories() {
    return services().categories;
  }

  /**
   * Tags ({@code /wp/v2/tags}).
   *
   * @return the service
   */
  public TermService tags() {
    return services().tags;
  }

  /**
   * The terms of any taxonomy by its name, e.g. {@code genre}; its route is looked up in {@code
   * /wp/v2/taxonomies} on first use.
   *
   * @param taxonomy the taxonomy's name
   * @return the service
   */
  public TermService terms(String taxonomy) {
    return services().terms(taxonomy);
  }

  /**
   * Comments ({@code /wp/v2/comments}).
   *
   * @return the service
   */
  public CommentService comments() {
    return services().comments;
  }

  /**
   * Registered taxonomies ({@code /wp/v2/taxonomies}).
   *
   * @return the service
   */
  public RegistryService<Taxonomy> taxonomies() {
    return services().taxonomies;
  }

  /**
   * Registered post types ({@code /wp/v2/types}).
   *
   * @return the service
   */
  public RegistryService<PostType> types() {
    return services().types;
  }

  /**
   * Registered post statuses ({@code /wp/v2/statuses}).
   *
   * @return the service
   */
  public RegistryService<PostStatusObject> statuses() {
    return services().statuses;
  }

  /**
   * Site settings ({@code /wp/v2/settings}).
   *
   * @return the service
   */
  public SettingsService settings() {
    return services().settings;
  }

  /**
   * Site search ({@code /wp/v2/search}).
   *
   * @return the service
   */
  public SearchService search() {
    return services().search;
  }

  /**
   * A new batch: up to 25 creates, updates and deletes sent in one {@code POST /batch/v1}
   * (WordPress 5.6 and later), each with its own typed outcome. See {@link Batch}.
   *
   * @return an empty batch for this client
   */
  public Batch batch() {
    return services().batch();
  }

  /**
   * A user's Application Passwords ({@code /wp/v2/users/{id|me}/application-passwords}).
   *
   * @param userIdOrMe {@code "me"} or a user id
   * @return the service
   */
  public ApplicationPasswordService applicationPasswords(String userIdOrMe) {
    return services().applicationPasswords(userIdOrMe);
  }

  /**
   * Any collection route, e.g. a plugin's {@code /myplugin/v1/things}, with items as JSON.
   *
   * @param route the route
   * @return the service
   */
  public ResourceService<JsonNode, Object, Query> route(String route) {
    return services().route(route);
  }

  /**
   * Any collection route with items bound to a class.
   *
   * @param route the route
   * @param type the item class
   * @param <T> the item type
   * @return the service
   */
  public <T> ResourceService<T, Object, Query> route(String route, Class<T> type) {
    return services().route(route, type);
  }

  /**
   * Any collection route with items bound to a generic type.
   *
   * @param route the route
   * @param type the item type
   * @param <T> the item type
   * @return the service
   */
  public <T> ResourceService<T, Object, Query> route(String route, TypeReference<T> type) {
    return services().route(route, type);
  }

  /**
   * The installed plugins: list, activate, deactivate, install from the directory, delete.
   *
   * @return the service
   */
  public PluginService plugins() {
    return services().plugins;
  }

  /**
   * The installed themes (read-only).
   *
   * @return the service
   */
  public ThemeService themes() {
    return services().themes;
  }

  /**
   * The navigation menus ({@code /wp/v2/menus}); assign locations with {@code MenuFields}.
   *
   * @return the service
   */
  public ResourceService<Menu, MenuFields, TermQuery> menus() {
    return services().menus;
  }

  /**
   * The items of navigation menus ({@code /wp/v2/menu-items}); filter with {@code MenuItemQuery}.
   *
   * @return the service
   */
  public ResourceService<MenuItem, MenuItemFields, MenuItemQuery> menuItems() {
    return services().menuItems;
  }

  /**
   * The active theme's menu locations.
   *
   * @return the service
   */
  public MenuLocationService menuLocations() {
    return services().menuLocations;
  }

  /**
   * The widget areas.
   *
   * @return the service
   */
  public SidebarService sidebars() {
    return services().sidebars;
  }

  /**
   * The widgets placed in sidebars.
   *
   * @return the service
   */
  public WidgetService widgets() {
    return services().widgets;
  }

  /**
   * The registered widget types.
   *
   * @return the service
   */
  public WidgetTypeService widgetTypes() {
    return services().widgetTypes;
  }

  /**
   * The registered block types.
   *
   * @return the service
   */
  public BlockTypeService blockTypes() {
    return services().blockTypes;
  }

  /**
   * The reusable blocks ({@code wp_block}, {@code /wp/v2/blocks}): posts whose content is block
   * markup.
   *
   * @return the service
   */
  public PostService blocks() {
    return services().blocks;
  }

  /**
   * The block-based navigation menus ({@code wp_navigation}, {@code /wp/v2/navigation}): posts
   * whose content is the block markup of a Navigation block's links, e.g. {@code <!--
   * wp:navigation-link {"label":"Home","url":"/"} /-->}.
   *
   * @return the service
   */
  public PostService navigation() {
    return services().navigation;
  }

  /**
   * Server-side rendering of dynamic blocks.
   *
   * @return the service
   */
  public BlockRendererService blockRenderer() {
    return services().blockRenderer;
  }

  /**
   * The registered block patterns, their categories and the public pattern directory.
   *
   * @return the service
   */
  public BlockPatternService blockPatterns() {
    return services().blockPatterns;
  }

  /**
   * A block theme's templates ({@code /wp/v2/templates}).
   *
   * @return the service
   */
  public TemplateService templates() {
    return services().templates;
  }

  /**
   * A block theme's template parts ({@code /wp/v2/template-parts}).
   *
   * @return the service
   */
  public TemplateService templateParts() {
    return services().templateParts;
  }

  /**
   * Global styles: a theme's, its variations, and the user's.
   *
   * @return the service
   */
  public GlobalStylesService globalStyles() {
    return services().globalStyles;
  }

  /**
   * The site health tests ({@code /wp-site-health/v1}).
   *
   * @return the service
   */
  public SiteHealthService siteHealth() {
    return services().siteHealth;
  }

  /**
   * Link previews read by the site ({@code /wp-block-editor/v1/url-details}).
   *
   * @return the service
   */
  public UrlDetailsService urlDetails() {
    return services().urlDetails;
  }
}
