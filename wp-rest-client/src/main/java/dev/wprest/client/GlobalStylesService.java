package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.GlobalStyles;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Global styles ({@code wp.globalStyles()}; needs {@code edit_theme_options}): a block theme's
 * {@code theme.json} settings and styles, its style variations, and the user's customisations saved
 * over them.
 *
 * <pre>{@code
 * GlobalStyles theme = wp.globalStyles().theme("twentytwentythree");
 * long id = wp.globalStyles().userStylesId();
 * GlobalStyles mine = wp.globalStyles().get(id);
 * wp.globalStyles().update(id, mine.settings(), styles);
 * }</pre>
 */
public final class GlobalStylesService {
  private static final Pattern USER_STYLES = Pattern.compile("/global-styles/([0-9]+)/?$");

  private final WordPressClient client;
  private final NamedItems<GlobalStyles> items;

  GlobalStylesService(WordPressClient client) {
    this.client = client;
    this.items =
        new NamedItems<>(new ResourceCore(client, "/wp/v2/global-styles"), GlobalStyles.class);
  }

  /**
   * A theme's own global styles, from its {@code theme.json}.
   *
   * @param stylesheet the theme, e.g. {@code twentytwentythree}
   * @return the styles
   */
  public GlobalStyles theme(String stylesheet) {
    return items.get("themes/" + NamedItems.checked(stylesheet), Query.none());
  }

  /**
   * A theme's style variations (its {@code styles/*.json}).
   *
   * @param stylesheet the theme
   * @return the variations
   */
  public List<GlobalStyles> variations(String stylesheet) {
    ResourceCore core = items.core();
    return List.copyOf(
        core.<List<GlobalStyles>>send(
            ResourceCore.get(
                core.route("themes/" + NamedItems.checked(stylesheet) + "/variations"),
                Query.none()),
            core.listOf(items.type())));
  }

  /**
   * The id of the user's global styles for the active theme, from the active theme's {@code
   * wp:user-global-styles} link (WordPress creates the post on first ask).
   *
   * @return the id
   * @throws NoSuchElementException when the active theme links none (a classic theme)
   */
  public long userStylesId() {
    Theme active = new ThemeService(new ResourceCore(client, "/wp/v2/themes")).active();
    JsonNode href = active.links().path("wp:user-global-styles").path(0).path("href");
    Matcher m = USER_STYLES.matcher(href.asText(""));
    if (!m.find()) {
      throw new NoSuchElementException(
          "the active theme " + active.stylesheet() + " links no user global styles");
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * The user's global styles.
   *
   * @param id from {@link #userStylesId()}
   * @return the styles
   */
  public GlobalStyles get(long id) {
    return items.get(Long.toString(id), Query.none());
  }

  /**
   * Replaces the user's settings and styles (both are sent whole, as the site editor does).
   *
   * @param id from {@link #userStylesId()}
   * @param settings the settings object
   * @param styles the styles object
   * @return the styles as stored
   */
  public GlobalStyles update(long id, JsonNode settings, JsonNode styles) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("settings", requireNonNull(settings, "settings == null"));
    body.put("styles", requireNonNull(styles, "styles == null"));
    return items.update(Long.toString(id), body);
  }

  @Override
  public String toString() {
    return "GlobalStylesService{" + items + "}";
  }
}
