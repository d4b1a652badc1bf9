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
 * A client's services, each built once with the client and shared: they hold nothing but their
 * route (resolved once) and the types they bound, so sharing them is safe and spares building one
 * per accessor call. A service named by the caller (a post type, a taxonomy, a route) is built per
 * call instead: caching every name a caller ever passed would grow without bound.
 */
final class ServiceCatalog {
  private final WordPressClient client;
  final PostService posts;
  final PostService pages;
  final MediaService media;
  final UserService users;
  final TermService categories;
  final TermService tags;
  final CommentService comments;
  final RegistryService<Taxonomy> taxonomies;
  final RegistryService<PostType> types;
  final RegistryService<PostStatusObject> statuses;
  final SettingsService settings;
  final SearchService search;
  final PluginService plugins;
  final ThemeService themes;
  final ResourceService<Menu, MenuFields, TermQuery> menus;
  final ResourceService<MenuItem, MenuItemFields, MenuItemQuery> menuItems;
  final MenuLocationService menuLocations;
  final SidebarService sidebars;
  final WidgetService widgets;
  final WidgetTypeService widgetTypes;
  final BlockTypeService blockTypes;
  final PostService blocks;
  final PostService navigation;
  final BlockRendererService blockRenderer;
  final BlockPatternService blockPatterns;
  final TemplateService templates;
  final TemplateService templateParts;
  final GlobalStylesService globalStyles;
  final SiteHealthService siteHealth;
  final UrlDetailsService urlDetails;

  /** Built last in the client's constructor: the services read its mapper. */
  ServiceCatalog(WordPressClient client) {
    this.client = client;
    posts = ResourceServices.posts(client);
    pages = ResourceServices.pages(client);
    media = ResourceServices.media(client);
    users = ResourceServices.users(client);
    categories = ResourceServices.terms(client, "category");
    tags = ResourceServices.terms(client, "post_tag");
    comments = ResourceServices.comments(client);
    taxonomies = ResourceServices.taxonomies(client);
    types = ResourceServices.types(client);
    statuses = ResourceServices.statuses(client);
    settings = ResourceServices.settings(client);
    search = ResourceServices.search(client);
    plugins = SiteServices.plugins(client);
    themes = SiteServices.themes(client);
    menus = SiteServices.menus(client);
    menuItems = SiteServices.menuItems(client);
    menuLocations = SiteServices.menuLocations(client);
    sidebars = SiteServices.sidebars(client);
    widgets = SiteServices.widgets(client);
    widgetTypes = SiteServices.widgetTypes(client);
    blockTypes = SiteServices.blockTypes(client);
    blocks = SiteServices.blocks(client);
    navigation = SiteServices.navigation(client);
    blockRenderer = SiteServices.blockRenderer(client);
    blockPatterns = SiteServices.blockPatterns(client);
    templates = SiteServices.templates(client);
    templateParts = SiteServices.templateParts(client);
    globalStyles = SiteServices.globalStyles(client);
    siteHealth = SiteServices.siteHealth(client);
    urlDetails = SiteServices.urlDetails(client);
  }

  PostService postType(String type) {
    return ResourceServices.postType(client, type);
  }

  TermService terms(String taxonomy) {
    return ResourceServices.terms(client, taxonomy);
  }

  ApplicationPasswordService applicationPasswords(String userIdOrMe) {
    return ResourceServices.applicationPasswords(client, userIdOrMe);
  }

  ResourceService<JsonNode, Object, Query> route(String route) {
    return ResourceServices.route(client, route);
  }

  <T> ResourceService<T, Object, Query> route(String route, Class<T> type) {
    return ResourceServices.route(client, route, type);
  }

  <T> ResourceService<T, Object, Query> route(String route, TypeReference<T> type) {
    return ResourceServices.route(client, route, type);
  }

  /** A batch collects operations, so each caller gets its own. */
  Batch batch() {
    return new Batch(client);
  }
}
