package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.BlockPattern;
import dev.wprest.client.model.BlockPatternCategory;
import dev.wprest.client.model.BlockType;
import dev.wprest.client.model.GlobalStyles;
import dev.wprest.client.model.Menu;
import dev.wprest.client.model.MenuItem;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.MenuLocation;
import dev.wprest.client.model.Plugin;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.Sidebar;
import dev.wprest.client.model.SiteHealthCheck;
import dev.wprest.client.model.SiteHealthTest;
import dev.wprest.client.model.Template;
import dev.wprest.client.model.TemplateQuery;
import dev.wprest.client.model.Theme;
import dev.wprest.client.model.UrlDetails;
import dev.wprest.client.model.Widget;
import dev.wprest.client.model.WidgetType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The site-structure families bound to answers recorded from WordPress 6.1 ({@code
 * fixtures/wordpress/site/}), and the requests the services send for them.
 */
@WireMockTest
class SiteFamiliesRecordedTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  /** The id in a recording's path: the recording made that content, so its id varies. */
  private static long recordedId(String fixture) {
    String path =
        RecordedAnswers.fixture("site/" + fixture + ".admin.modphp")
            .path("request")
            .path("path")
            .asText();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/([0-9]+)(/|$)").matcher(path);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + path);
    }
    return Long.parseLong(m.group(1));
  }

  private void replay(String route, String fixture) {
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json" + route))
                .willReturn(RecordedAnswers.answer("site/" + fixture + ".admin.modphp", wm)));
  }

  @Test
  void pluginsAreNamedByTheirFileAndActivationPostsTheStatus() {
    replay("/wp/v2/plugins", "plugins.list");
    replay("/wp/v2/plugins/akismet/akismet", "plugins.akismet");

    List<Plugin> all = wp.plugins().list();
    Plugin akismet = wp.plugins().activate("akismet/akismet");

    assertThat(all).extracting(Plugin::plugin).contains("akismet/akismet");
    assertThat(akismet.name()).isEqualTo("Akismet Anti-Spam");
    assertThat(akismet.version()).isEqualTo("5.0.2");
    assertThat(akismet.status()).isEqualTo("inactive"); // what the recording says
    assertThat(akismet.requiresPhp()).isEqualTo("5.2");
    assertThat(akismet.description().raw()).hasValueSatisfying(d -> assertThat(d).contains("spam"));
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/plugins/akismet/akismet"))
                .withRequestBody(equalToJson("{\"status\":\"active\"}")));
    assertThatThrownBy(() -> wp.plugins().get("../wp-config"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../wp-config");
    assertThatThrownBy(() -> wp.plugins().install("Hello Dolly", false))
        .hasMessageContaining("Hello Dolly");
  }

  @Test
  void theActiveThemeCarriesItsRenderedTextsAndItsUserStylesLink() {
    replay("/wp/v2/themes", "themes.active");

    Theme theme = wp.themes().active();

    assertThat(theme.stylesheet()).isEqualTo("twentytwentythree");
    assertThat(theme.status()).isEqualTo("active");
    assertThat(theme.name().raw()).hasValue("Twenty Twenty-Three");
    assertThat(theme.requiresWp()).isEqualTo("6.1");
    assertThat(theme.tags().path("raw").toString()).contains("full-site-editing");
    assertThat(theme.themeSupports().path("block-templates").asBoolean()).isTrue();
    assertThat(wp.globalStyles().userStylesId()).isPositive();
    wm.getWireMock()
        .verifyThat(
            anyRequestedFor(urlPathEqualTo("/wp-json/wp/v2/themes"))
                .withQueryParam("status", equalTo("active")));
  }

  @Test
  void aMenuItsItemsAndABlockThemesEmptyLocations() {
    long menuId = recordedId("menus.single");
    replay("/wp/v2/menus/" + menuId, "menus.single");
    replay("/wp/v2/menu-items", "menu-items.of-menu");
    replay("/wp/v2/menu-locations", "menu-locations.list");

    Menu menu = wp.menus().get(menuId);
    List<MenuItem> items =
        wp.menuItems().list(MenuItemQuery.builder().menus(menuId).build()).items();

    assertThat(menu.name()).isEqualTo("wprest-fixture menu");
    assertThat(menu.locations()).containsExactly("wprest-primary");
    assertThat(menu.meta().isObject()).isTrue(); // PHP's [] for no meta
    assertThat(items).hasSize(1);
    MenuItem home = items.get(0);
    assertThat(home.menus()).isEqualTo(menuId);
    assertThat(home.type()).isEqualTo("custom");
    assertThat(home.menuOrder()).isEqualTo(1);
    assertThat(home.title().rendered()).isEqualTo("Home");
    Map<String, MenuLocation> locations = wp.menuLocations().all();
    assertThat(locations).containsOnlyKeys("wprest-primary");
    assertThat(locations.get("wprest-primary").menu()).isEqualTo(menuId);
    assertThat(locations.get("wprest-primary").description()).isEqualTo("wp-rest IT primary menu");
  }

  @Test
  void aThemeWithoutLocationsAnswersPhpsEmptyArrayWhichIsAnEmptyMap() {
    // Twenty Twenty-Three without the harness's mu-plugin: PHP encodes the empty map as [].
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json/wp/v2/menu-locations"))
                .willReturn(WireMockSite.json(200, "[]")));

    assertThat(wp.menuLocations().all()).isEmpty();
  }

  @Test
  void sidebarsWidgetsAndWidgetTypesAreNamedByText() {
    replay("/wp/v2/sidebars/wp_inactive_widgets", "sidebars.inactive");
    replay("/wp/v2/widgets/block-2", "widgets.block-2");
    replay("/wp/v2/widget-types/text", "widget-types.text");

    Sidebar inactive = wp.sidebars().get("wp_inactive_widgets");
    Widget widget = wp.widgets().get("block-2");
    WidgetType text = wp.widgetTypes().get("text");

    assertThat(inactive.status()).isEqualTo("inactive");
    assertThat(inactive.widgets()).contains("block-2");
    assertThat(widget.idBase()).isEqualTo("block");
    assertThat(widget.sidebar()).isEqualTo("wp_inactive_widgets");
    assertThat(text.isMulti()).isTrue();
    assertThat(text.classname()).isEqualTo("widget_text");
  }

  @Test
  void blockTypesPatternsAndTheRenderer() {
    replay("/wp/v2/block-types/core/paragraph", "block-types.paragraph");
    replay("/wp/v2/block-patterns/patterns", "block-patterns.patterns");
    replay("/wp/v2/block-patterns/categories", "block-patterns.categories");
    replay("/wp/v2/block-renderer/core/archives", "block-renderer.archives");

    BlockType paragraph = wp.blockTypes().get("core/paragraph");
    List<BlockPattern> patterns = wp.blockPatterns().patterns();
    List<BlockPatternCategory> categories = wp.blockPatterns().categories();
    String html = wp.blockRenderer().render("core/archives", Map.of("showPostCounts", true));

    assertThat(paragraph.title()).isEqualTo("Paragraph");
    assertThat(paragraph.isDynamic()).isFalse();
    assertThat(paragraph.apiVersion()).isEqualTo(2);
    assertThat(paragraph.attributes().path("content").path("source").asText()).isEqualTo("html");
    assertThat(paragraph.parent().isNull()).isTrue();
    assertThat(patterns).hasSize(13);
    assertThat(patterns.get(0).name()).isEqualTo("core/query-standard-posts");
    assertThat(patterns.get(0).blockTypes()).containsExactly("core/query");
    assertThat(patterns.get(0).content()).startsWith("<!-- wp:query");
    assertThat(categories).extracting(BlockPatternCategory::name).contains("buttons", "query");
    assertThat(html).contains("wp-block-archives");
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/block-renderer/core/archives"))
                .withQueryParam("context", equalTo("edit"))
                .withRequestBody(equalToJson("{\"attributes\":{\"showPostCounts\":true}}")));
    assertThatThrownBy(() -> wp.blockTypes().get("paragraph"))
        .hasMessageContaining("namespace/name: paragraph");
  }

  @Test
  void templatesAreNamedThemeSlashSlashSlug() {
    replay("/wp/v2/templates/twentytwentythree//home", "templates.home");
    replay("/wp/v2/template-parts", "template-parts.header-area");

    Template home = wp.templates().get("twentytwentythree//home");
    List<Template> headers =
        wp.templateParts().list(TemplateQuery.builder().area("header").build());

    assertThat(home.slug()).isEqualTo("home");
    assertThat(home.source()).isEqualTo("theme");
    assertThat(home.type()).isEqualTo("wp_template");
    assertThat(home.hasThemeFile()).isTrue();
    assertThat(home.content().raw())
        .hasValueSatisfying(c -> assertThat(c).contains("wp:template-part"));
    assertThat(headers).extracting(Template::area).containsOnly("header");
    assertThat(headers.get(0).id()).isEqualTo("twentytwentythree//header");
  }

  @Test
  void globalStylesSiteHealthAndUrlDetails() {
    replay("/wp/v2/global-styles/themes/twentytwentythree", "global-styles.theme");
    replay("/wp-site-health/v1/tests/https-status", "site-health.https-status");
    replay("/wp-block-editor/v1/url-details", "url-details.self");

    replay("/wp/v2/global-styles/themes/twentytwentythree/variations", "global-styles.variations");
    GlobalStyles styles = wp.globalStyles().theme("twentytwentythree");
    List<GlobalStyles> variations = wp.globalStyles().variations("twentytwentythree");
    SiteHealthTest https = wp.siteHealth().run(SiteHealthCheck.HTTPS_STATUS);
    UrlDetails details = wp.urlDetails().get(URI.create("http://127.0.0.1:8081/"));

    assertThat(
            styles
                .settings()
                .path("color")
                .path("palette")
                .path("theme")
                .get(0)
                .path("slug")
                .asText())
        .isEqualTo("base");
    assertThat(styles.styles().path("color").path("text").asText()).contains("contrast");
    // A variation's title is a plain string, a user's styles' an object: both read as text.
    assertThat(variations).extracting(GlobalStyles::title).contains("Aubergine", "Whisper");
    assertThat(https.test()).isEqualTo("https_status");
    assertThat(https.status()).isEqualTo("recommended");
    assertThat(https.badge().path("label").asText()).isEqualTo("Security");
    assertThat(details.title()).startsWith("wp-rest IT (modphp)");
    wm.getWireMock()
        .verifyThat(
            anyRequestedFor(urlPathEqualTo("/wp-json/wp-block-editor/v1/url-details"))
                .withQueryParam("url", equalTo("http://127.0.0.1:8081/")));
    assertThatThrownBy(() -> wp.urlDetails().get(URI.create("file:///etc/passwd")))
        .hasMessageContaining("file:///etc/passwd");
  }

  @Test
  void revisionsAutosavesAndReusableBlocksBindAsPosts() {
    long postId = recordedId("posts.revisions");
    long blockId = recordedId("blocks.single");
    replay("/wp/v2/posts/" + postId + "/revisions", "posts.revisions");
    replay("/wp/v2/posts/" + postId + "/autosaves", "posts.autosaves");
    replay("/wp/v2/blocks/" + blockId, "blocks.single");

    List<Post> revisions = wp.posts().revisions(postId);
    List<Post> autosaves = wp.posts().autosaves(postId);
    Post block = wp.blocks().get(blockId);

    assertThat(revisions).hasSize(2);
    assertThat(revisions).allSatisfy(r -> assertThat(r.parent()).hasValue(postId));
    assertThat(autosaves).hasSize(1);
    assertThat(autosaves.get(0).slug()).isEqualTo(postId + "-autosave-v1");
    assertThat(autosaves.get(0).content().rendered()).contains("autosaved");
    assertThat(block.type()).isEqualTo("wp_block");
    assertThat(block.content().raw())
        .hasValueSatisfying(c -> assertThat(c).contains("wp:paragraph"));
  }

  @Test
  void aRevisionOfAnotherPostIsNotRestoredOverThisOne() {
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json/wp/v2/posts/5/revisions/171"))
                .willReturn(
                    WireMockSite.json(
                        200, "{\"id\":171,\"parent\":169,\"content\":{\"raw\":\"x\"}}")));

    assertThatThrownBy(() -> wp.posts().restoreRevision(5, 171))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision 171 belongs to 169, not 5");
    wm.getWireMock().verifyThat(0, postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/5")));
    wm.getWireMock()
        .verifyThat(
            anyRequestedFor(urlPathEqualTo("/wp-json/wp/v2/posts/5/revisions/171"))
                .withQueryParam("context", equalTo("edit")));
  }
}
