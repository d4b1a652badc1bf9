package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.BlockDirectoryItem;
import dev.wprest.client.model.BlockDirectoryQuery;
import dev.wprest.client.model.EncodedWidget;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Block-based navigation menus, the widget types' encode and render routes and the block directory,
 * bound to answers recorded from WordPress 6.1 ({@code fixtures/wordpress/site/}), and the requests
 * the services send for them.
 */
@WireMockTest
class SiteEditorRecordedTest {
  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  private void replay(String route, String fixture) {
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json" + route))
                .willReturn(RecordedAnswers.answer("site/" + fixture + ".admin.modphp", wm)));
  }

  @Test
  void aNavigationMenuBindsAsAPostWhoseContentIsItsLinks() {
    String path =
        RecordedAnswers.fixture("site/navigation.single.admin.modphp")
            .path("request")
            .path("path")
            .asText();
    Matcher m = Pattern.compile("/navigation/([0-9]+)$").matcher(path);
    assertThat(m.find()).as(path).isTrue();
    long id = Long.parseLong(m.group(1)); // the recording made the menu, so its id varies
    replay("/wp/v2/navigation/" + id, "navigation.single");

    Post nav = wp.navigation().get(id);
    Post renamed =
        wp.navigation().update(id, PostFields.builder().title("wprest-fixture navigation").build());

    assertThat(nav.type()).isEqualTo("wp_navigation");
    assertThat(nav.status()).hasValue(PostStatus.PUBLISH);
    assertThat(nav.title().raw()).hasValue("wprest-fixture navigation");
    assertThat(nav.content().raw())
        .hasValueSatisfying(
            c ->
                assertThat(c)
                    .startsWith("<!-- wp:navigation-link {\"label\":\"Home\"")
                    .contains("\"label\":\"About\""));
    assertThat(nav.content().rendered())
        .contains(
            "wp-block-navigation-link", "<span class=\"wp-block-navigation-item__label\">About");
    assertThat(renamed).isEqualTo(nav);
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/navigation/" + id))
                .withRequestBody(equalToJson("{\"title\":\"wprest-fixture navigation\"}")));
  }

  @Test
  void aLegacyWidgetIsEncodedFromItsFormAndRenderedFromItsInstance() {
    replay("/wp/v2/widget-types/text/encode", "widget-types.text-encode");
    replay("/wp/v2/widget-types/text/render", "widget-types.text-render");
    String form = "widget-text[1][title]=wprest-fixture&widget-text[1][text]=Hello";

    EncodedWidget encoded = wp.widgetTypes().encode("text", form);
    JsonNode instance = encoded.instance();
    String html = wp.widgetTypes().render("text", instance);

    assertThat(instance.path("encoded").asText()).isNotEmpty();
    assertThat(instance.path("hash").asText()).hasSize(32);
    assertThat(instance.path("raw").path("title").asText()).isEqualTo("wprest-fixture");
    assertThat(instance.path("raw").path("text").asText()).isEqualTo("Hello");
    assertThat(encoded.form()).contains("name=\"widget-text[-1][title]\"");
    assertThat(encoded.preview()).contains("<div class=\"textwidget\">Hello</div>");
    assertThat(html)
        .contains("<!doctype html>")
        .contains("<h2 class=\"widgettitle\">wprest-fixture</h2>");
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/widget-types/text/encode"))
                .withRequestBody(equalToJson("{\"form_data\":\"" + form + "\"}")));
    JsonNode sent = instance.deepCopy();
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/widget-types/text/render"))
                .withRequestBody(equalToJson("{\"instance\":" + sent + "}")));
  }

  @Test
  void reEncodingSendsTheInstanceAndRefusesIdsWordPressDoesNotRoute() {
    replay("/wp/v2/widget-types/text/encode", "widget-types.text-encode");
    JsonNode instance = wp.widgetTypes().encode("text", "widget-text[1][text]=x").instance();

    wp.widgetTypes().encode("text", instance, null);

    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo("/wp-json/wp/v2/widget-types/text/encode"))
                .withRequestBody(equalToJson("{\"instance\":" + instance + "}")));
    assertThatThrownBy(() -> wp.widgetTypes().render("core/text", instance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("core/text");
    assertThatThrownBy(() -> wp.widgetTypes().encode("../text", "a=b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../text");
  }

  @Test
  void anOfflineSiteRefusesABlockDirectorySearchWithItsOwnCode() {
    replay("/wp/v2/block-directory/search", "block-directory.search-offline");

    assertThatThrownBy(
            () -> wp.blockTypes().directory(BlockDirectoryQuery.builder().term("calendar").build()))
        .isInstanceOfSatisfying(
            ServerErrorException.class, e -> assertThat(e.code()).hasValue("plugins_api_failed"));
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/block-directory/search"))
                .withQueryParam("term", equalTo("calendar")));
  }

  @Test
  void aBlockDirectoryAnswerBindsEveryFieldWordPressWrites() {
    // The fields and types of WP_REST_Block_Directory_Controller::prepare_item_for_response in
    // 6.1: ratings are out of 5 (float), counts are integers, last_updated is UTC without offset.
    String body =
        "[{\"name\":\"acme/calendar\",\"title\":\"Calendar\",\"description\":\"A calendar.\","
            + "\"id\":\"acme-calendar\",\"rating\":4.5,\"rating_count\":12,"
            + "\"active_installs\":3000,\"author_block_rating\":4,\"author_block_count\":2,"
            + "\"author\":\"Acme\",\"icon\":\"block-default\","
            + "\"last_updated\":\"2022-11-02T10:04:05\",\"humanized_updated\":\"1 month ago\","
            + "\"_links\":{\"wp:install-plugin\":[{\"href\":\"http://x/wp-json/wp/v2/plugins"
            + "?slug=acme-calendar\"}]}}]";
    wm.getWireMock()
        .register(
            any(urlPathEqualTo("/wp-json/wp/v2/block-directory/search"))
                .willReturn(WireMockSite.json(200, body)));

    List<BlockDirectoryItem> found =
        wp.blockTypes()
            .directory(BlockDirectoryQuery.builder().term("calendar").page(2).perPage(5).build());

    assertThat(found).hasSize(1);
    BlockDirectoryItem item = found.get(0);
    assertThat(item.name()).isEqualTo("acme/calendar");
    assertThat(item.id()).isEqualTo("acme-calendar");
    assertThat(item.title()).isEqualTo("Calendar");
    assertThat(item.rating()).isEqualTo(4.5);
    assertThat(item.ratingCount()).isEqualTo(12);
    assertThat(item.activeInstalls()).isEqualTo(3000);
    assertThat(item.authorBlockRating()).isEqualTo(4.0);
    assertThat(item.authorBlockCount()).isEqualTo(2);
    assertThat(item.icon()).isEqualTo("block-default");
    assertThat(item.lastUpdated())
        .hasValue(OffsetDateTime.of(2022, 11, 2, 10, 4, 5, 0, ZoneOffset.UTC));
    assertThat(item.links().has("wp:install-plugin")).isTrue();
    wm.getWireMock()
        .verifyThat(
            getRequestedFor(urlPathEqualTo("/wp-json/wp/v2/block-directory/search"))
                .withQueryParam("term", equalTo("calendar"))
                .withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("5")));
  }

  @Test
  void aBlockDirectorySearchNeedsATerm() {
    assertThatThrownBy(() -> BlockDirectoryQuery.builder().perPage(5).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("term");
    assertThatThrownBy(() -> BlockDirectoryQuery.builder().term(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' '");
    assertThat(BlockDirectoryQuery.builder().term("calendar").build().withPage(3).parameters())
        .containsEntry("term", List.of("calendar"))
        .containsEntry("page", List.of("3"));
  }
}
