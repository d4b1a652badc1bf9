package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.client.BadRequestException;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.ServerErrorException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.BlockDirectoryQuery;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.EncodedWidget;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.Widget;
import dev.wprest.client.model.WidgetFields;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Block-based navigation menus, the widget types' encode and render routes and the block directory
 * on the real site {@code modphp} (WordPress 6.1, no internet).
 */
class SiteEditorIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  private static String link(String label, String url) {
    return "<!-- wp:navigation-link {\"label\":\""
        + label
        + "\",\"url\":\""
        + url
        + "\",\"kind\":\"custom\"} /-->";
  }

  @Test
  void aNavigationMenuOfLinksIsCreatedReadChangedAndDeleted() {
    String home = WP.url("modphp");
    Post created =
        admin
            .navigation()
            .create(
                PostFields.builder()
                    .title("IT navigation " + RUN)
                    .status(PostStatus.PUBLISH)
                    .content(link("Home", home) + link("About " + RUN, home + "about/"))
                    .build());
    boolean deleted = false;
    try {
      assertThat(created.type()).isEqualTo("wp_navigation");
      assertThat(created.status()).hasValue(PostStatus.PUBLISH);

      Post read =
          admin.navigation().get(created.id(), PostQuery.builder().context(Context.EDIT).build());
      assertThat(read.title().raw()).hasValue("IT navigation " + RUN);
      assertThat(read.content().raw())
          .hasValueSatisfying(c -> assertThat(c).contains("\"label\":\"About " + RUN + "\""));
      assertThat(read.content().rendered())
          .contains("wp-block-navigation-link")
          .contains(">About " + RUN + "<");
      assertThat(
              admin.navigation().list(PostQuery.builder().search(RUN).perPage(1).build()).items())
          .extracting(Post::id)
          .containsExactly(created.id());

      Post changed =
          admin
              .navigation()
              .update(
                  created.id(),
                  PostFields.builder()
                      .title("IT navigation " + RUN + " changed")
                      .content(link("Contact " + RUN, home + "contact/"))
                      .build());
      assertThat(changed.title().rendered()).isEqualTo("IT navigation " + RUN + " changed");
      assertThat(changed.content().rendered())
          .contains(">Contact " + RUN + "<")
          .doesNotContain("About " + RUN);

      assertThat(admin.navigation().delete(created.id(), true).item().id()).isEqualTo(created.id());
      deleted = true;
      assertThatThrownBy(() -> admin.navigation().get(created.id()))
          .isInstanceOf(NotFoundException.class);
    } finally {
      if (!deleted) {
        admin.navigation().delete(created.id(), true);
      }
    }
  }

  @Test
  void aLegacyTextWidgetIsEncodedReEncodedAndRendered() {
    EncodedWidget first =
        admin
            .widgetTypes()
            .encode("text", "widget-text[1][title]=IT+" + RUN + "&widget-text[1][text]=Hello");
    assertThat(first.instance().path("raw").path("title").asText()).isEqualTo("IT " + RUN);
    assertThat(first.form()).contains("widget-text[-1][title]");
    assertThat(first.preview()).contains("<div class=\"textwidget\">Hello</div>");

    // The site signs its encoding: the instance comes back through encode with new form fields.
    EncodedWidget second =
        admin
            .widgetTypes()
            .encode(
                "text",
                first.instance(),
                "widget-text[1][title]=IT+" + RUN + "&widget-text[1][text]=Bye");
    assertThat(second.instance().path("raw").path("text").asText()).isEqualTo("Bye");
    assertThat(second.instance().path("encoded").asText())
        .isNotEqualTo(first.instance().path("encoded").asText());

    String html = admin.widgetTypes().render("text", second.instance());
    assertThat(html).contains("<!doctype html>").contains("IT " + RUN).contains("Bye");

    // An instance whose signature does not match is WordPress's typed refusal.
    ObjectNode forged = (ObjectNode) second.instance();
    forged.put("hash", "00000000000000000000000000000000");
    assertThatThrownBy(() -> admin.widgetTypes().encode("text", forged, null))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.code()).hasValue("rest_invalid_widget"));
  }

  @Test
  void aStoredBlockWidgetIsRenderedFromItsInstance() {
    // Kept among the inactive widgets, so that no sidebar of the site changes.
    Widget widget =
        admin
            .widgets()
            .create(
                WidgetFields.builder()
                    .idBase("block")
                    .sidebar("wp_inactive_widgets")
                    .instance(
                        Map.of(
                            "content",
                            "<!-- wp:paragraph --><p>IT " + RUN + "</p><!-- /wp:paragraph -->"))
                    .build());
    try {
      String html = admin.widgetTypes().render("block", widget.instance());
      assertThat(html).contains("<p>IT " + RUN + "</p>");

      // WordPress renders only a signed instance: raw settings alone give an empty widget.
      ObjectNode rawOnly = new ObjectMapper().createObjectNode();
      rawOnly.set("raw", widget.instance().path("raw"));
      assertThat(admin.widgetTypes().render("block", rawOnly))
          .contains("<div class=\"widget widget_block\"></div>")
          .doesNotContain("IT " + RUN);
    } finally {
      admin.widgets().delete(widget.id(), true);
    }
  }

  @Test
  void theOfflineSiteRefusesABlockDirectorySearchWithItsOwnCode() {
    // The harness has no internet: the site's request to api.wordpress.org is refused and
    // WordPress answers 500 plugins_api_failed; the client throws it typed, with the code.
    assertThatThrownBy(
            () ->
                admin
                    .blockTypes()
                    .directory(BlockDirectoryQuery.builder().term("calendar").perPage(5).build()))
        .isInstanceOfSatisfying(
            ServerErrorException.class, e -> assertThat(e.code()).hasValue("plugins_api_failed"));
  }
}
