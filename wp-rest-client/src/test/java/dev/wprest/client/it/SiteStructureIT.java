package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wprest.client.ServerErrorException;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.BlockType;
import dev.wprest.client.model.BlockTypeQuery;
import dev.wprest.client.model.GlobalStyles;
import dev.wprest.client.model.PatternDirectoryQuery;
import dev.wprest.client.model.Plugin;
import dev.wprest.client.model.PluginQuery;
import dev.wprest.client.model.SiteHealthCheck;
import dev.wprest.client.model.Template;
import dev.wprest.client.model.TemplateFields;
import dev.wprest.client.model.TemplateQuery;
import dev.wprest.client.model.Theme;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Plugins, themes, blocks, templates, global styles, site health and url details on the real site
 * {@code modphp} (Twenty Twenty-Three, Akismet installed and inactive, no internet).
 */
class SiteStructureIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String AKISMET = "akismet/akismet";

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void anInstalledPluginIsActivatedDeactivatedAndPutBack() {
    String before = admin.plugins().get(AKISMET).status();
    try {
      Plugin active = admin.plugins().activate(AKISMET);
      assertThat(active.status()).isEqualTo("active");
      assertThat(admin.plugins().list(PluginQuery.builder().status("active").build()))
          .extracting(Plugin::plugin)
          .contains(AKISMET);

      Plugin inactive = admin.plugins().deactivate(AKISMET);
      assertThat(inactive.status()).isEqualTo("inactive");
      assertThat(admin.plugins().get(AKISMET).status()).isEqualTo("inactive");
    } finally {
      if (before.equals("active")) {
        admin.plugins().activate(AKISMET);
      } else {
        admin.plugins().deactivate(AKISMET);
      }
    }
  }

  @Test
  void installingFromTheDirectoryFailsWithTheSitesReasonWhenTheSiteCannotDownload() {
    // The harness has no internet and WordPress may not write its plugin directory there:
    // the install is refused by the site itself, and the client says so with WordPress's code.
    assertThatThrownBy(() -> admin.plugins().install("hello-dolly", false))
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e ->
                assertThat(e.code())
                    .hasValueSatisfying(
                        c ->
                            assertThat(c)
                                .isIn(
                                    "fs_unavailable",
                                    "plugins_api_failed",
                                    "http_request_not_executed")));
    assertThatThrownBy(
            () ->
                admin
                    .blockPatterns()
                    .directory(PatternDirectoryQuery.builder().search("header").build()))
        .isInstanceOfSatisfying(WordPressApiException.class, e -> assertThat(e.code()).isPresent());
  }

  @Test
  void theActiveThemeAndItsGlobalStylesAreReadAndTheUserStylesWrittenBack() {
    Theme theme = admin.themes().active();
    assertThat(theme.stylesheet()).isEqualTo("twentytwentythree");
    assertThat(admin.themes().get("twentytwentythree").status()).isEqualTo("active");
    assertThat(admin.globalStyles().theme(theme.stylesheet()).settings().has("color")).isTrue();
    assertThat(admin.globalStyles().variations(theme.stylesheet())).isNotEmpty();

    long id = admin.globalStyles().userStylesId();
    GlobalStyles mine = admin.globalStyles().get(id);
    GlobalStyles saved = admin.globalStyles().update(id, mine.settings(), mine.styles());
    assertThat(saved.id()).isEqualTo(Long.toString(id));
    assertThat(saved.styles()).isEqualTo(mine.styles());
  }

  @Test
  void blockTypesPatternsAndTheRendererAnswer() {
    List<BlockType> core =
        admin.blockTypes().list(BlockTypeQuery.builder().namespace("core").build());
    assertThat(core).extracting(BlockType::name).contains("core/paragraph", "core/archives");
    assertThat(admin.blockTypes().get("core/archives").isDynamic()).isTrue();
    assertThat(admin.blockPatterns().patterns()).isNotEmpty();
    assertThat(admin.blockPatterns().categories()).isNotEmpty();

    String html = admin.blockRenderer().render("core/archives", Map.of("showPostCounts", true));
    assertThat(html).contains("wp-block-archives");
  }

  @Test
  void aCustomTemplateIsCreatedChangedAndDeleted() {
    assertThat(admin.templates().get("twentytwentythree//home").source()).isEqualTo("theme");
    assertThat(admin.templateParts().list(TemplateQuery.builder().area("header").build()))
        .extracting(Template::area)
        .containsOnly("header");

    String slug = "wprest-it-" + RUN;
    Template made =
        admin
            .templates()
            .create(
                TemplateFields.builder()
                    .slug(slug)
                    .title("IT template " + RUN)
                    .content("<!-- wp:paragraph --><p>one</p><!-- /wp:paragraph -->")
                    .build());
    try {
      assertThat(made.id()).isEqualTo("twentytwentythree//" + slug);
      assertThat(made.source()).isEqualTo("custom");
      Template changed =
          admin
              .templates()
              .update(
                  made.id(),
                  TemplateFields.builder()
                      .content("<!-- wp:paragraph --><p>two</p><!-- /wp:paragraph -->")
                      .build());
      assertThat(changed.content().raw()).hasValueSatisfying(c -> assertThat(c).contains("two"));
    } finally {
      assertThat(admin.templates().delete(made.id()).permanently()).isTrue();
    }
  }

  @Test
  void siteHealthTestsAndUrlDetailsAnswer() {
    assertThat(admin.siteHealth().run(SiteHealthCheck.HTTPS_STATUS).status())
        .isEqualTo("recommended"); // the site is on plain http
    assertThat(admin.siteHealth().run(SiteHealthCheck.AUTHORIZATION_HEADER).test())
        .isEqualTo("authorization_header");
    assertThat(admin.siteHealth().directorySizes().has("wordpress_size")).isTrue();

    URI home = URI.create(WP.url("modphp"));
    assertThat(admin.urlDetails().get(home).title()).startsWith("wp-rest IT (modphp)");
  }
}
