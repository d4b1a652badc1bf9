package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Taxonomy;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the services {@link WordPressClient}'s accessors hand out; they hold no state of their
 * own.
 */
final class ResourceServices {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Core types whose routes are fixed, so they need no lookup. */
  private static final Map<String, String> CORE_TYPE_ROUTES =
      Map.of("post", "/wp/v2/posts", "page", "/wp/v2/pages", "attachment", "/wp/v2/media");

  private static final Map<String, String> CORE_TAXONOMY_ROUTES =
      Map.of("category", "/wp/v2/categories", "post_tag", "/wp/v2/tags");

  private ResourceServices() {}

  static PostService posts(WordPressClient client) {
    return new PostService(new ResourceCore(client, "/wp/v2/posts"));
  }

  static PostService pages(WordPressClient client) {
    return new PostService(new ResourceCore(client, "/wp/v2/pages"));
  }

  static MediaService media(WordPressClient client) {
    return new MediaService(new ResourceCore(client, "/wp/v2/media"));
  }

  static UserService users(WordPressClient client) {
    return new UserService(new ResourceCore(client, "/wp/v2/users"));
  }

  static CommentService comments(WordPressClient client) {
    return new CommentService(new ResourceCore(client, "/wp/v2/comments"));
  }

  static TermService terms(WordPressClient client, String taxonomy) {
    String name = name(taxonomy, "taxonomy");
    String known = CORE_TAXONOMY_ROUTES.get(name);
    ResourceCore core =
        known != null
            ? new ResourceCore(client, known)
            : new ResourceCore(
                client, () -> taxonomies(client).get(name).route(), "taxonomy " + name);
    return new TermService(core);
  }

  static PostService postType(WordPressClient client, String type) {
    String name = name(type, "type");
    String known = CORE_TYPE_ROUTES.get(name);
    return new PostService(
        known != null
            ? new ResourceCore(client, known)
            : new ResourceCore(client, () -> types(client).get(name).route(), "type " + name));
  }

  static RegistryService<Taxonomy> taxonomies(WordPressClient client) {
    return new RegistryService<>(new ResourceCore(client, "/wp/v2/taxonomies"), Taxonomy.class);
  }

  static RegistryService<PostType> types(WordPressClient client) {
    return new RegistryService<>(new ResourceCore(client, "/wp/v2/types"), PostType.class);
  }

  static RegistryService<PostStatusObject> statuses(WordPressClient client) {
    return new RegistryService<>(
        new ResourceCore(client, "/wp/v2/statuses"), PostStatusObject.class);
  }

  static SettingsService settings(WordPressClient client) {
    return new SettingsService(new ResourceCore(client, "/wp/v2/settings"));
  }

  static SearchService search(WordPressClient client) {
    return new SearchService(new ResourceCore(client, "/wp/v2/search"));
  }

  static ApplicationPasswordService applicationPasswords(WordPressClient client, String user) {
    requireNonNull(user, "userIdOrMe == null");
    if (!user.equals("me") && !user.matches("[1-9][0-9]{0,18}")) {
      throw new IllegalArgumentException("userIdOrMe must be \"me\" or a user id: " + user);
    }
    return new ApplicationPasswordService(
        new ResourceCore(client, "/wp/v2/users/" + user + "/application-passwords"));
  }

  static ResourceService<JsonNode, Object, Query> route(WordPressClient client, String route) {
    ResourceCore core = new ResourceCore(client, checkRoute(route));
    return new ResourceService<>(core, core.type(JsonNode.class));
  }

  static <T> ResourceService<T, Object, Query> route(
      WordPressClient client, String route, Class<T> type) {
    requireNonNull(type, "type == null");
    ResourceCore core = new ResourceCore(client, checkRoute(route));
    return new ResourceService<>(core, core.type(type));
  }

  static <T> ResourceService<T, Object, Query> route(
      WordPressClient client, String route, TypeReference<T> type) {
    requireNonNull(type, "type == null");
    ResourceCore core = new ResourceCore(client, checkRoute(route));
    return new ResourceService<>(core, core.type(type.getType()));
  }

  private static String checkRoute(String route) {
    // WpRequest checks the rest; a trailing slash would give ".../things//42".
    WpRequest.get(requireNonNull(route, "route == null"));
    if (route.length() > 1 && route.endsWith("/")) {
      throw new IllegalArgumentException("route must not end with /: " + route);
    }
    return route;
  }

  private static String name(String value, String what) {
    requireNonNull(value, what + " == null");
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be a registered name like \"genre\": " + value);
    }
    return value;
  }
}
