package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Menu;
import dev.wprest.client.model.MenuFields;
import dev.wprest.client.model.MenuItem;
import dev.wprest.client.model.MenuItemFields;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.PostStatus;
import dev.wprest.client.model.Widget;
import dev.wprest.client.model.WidgetFields;
import dev.wprest.client.model.WidgetQuery;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Menus, menu items, menu locations, sidebars and widgets on the real site {@code modphp}. */
class MenusAndWidgetsIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String LOCATION = "wprest-primary";
  private static final String SIDEBAR = "wprest-sidebar";

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void aMenuGetsItemsAndALocationAndIsDeletedWithThem() {
    Menu menu = admin.menus().create(MenuFields.builder().name("IT menu " + RUN).build());
    try {
      MenuItem home =
          admin
              .menuItems()
              .create(
                  MenuItemFields.builder()
                      .title("Home")
                      .url(WP.url("modphp"))
                      .menus(menu.id())
                      .menuOrder(1)
                      .status(PostStatus.PUBLISH)
                      .build());
      MenuItem about =
          admin
              .menuItems()
              .create(
                  MenuItemFields.builder()
                      .title("About")
                      .url(WP.url("modphp") + "about/")
                      .menus(menu.id())
                      .parent(home.id())
                      .menuOrder(2)
                      .status(PostStatus.PUBLISH)
                      .build());

      List<MenuItem> items =
          admin.menuItems().list(MenuItemQuery.builder().menus(menu.id()).build()).items();
      assertThat(items).extracting(MenuItem::id).containsExactlyInAnyOrder(home.id(), about.id());
      assertThat(about.parent()).isEqualTo(home.id());
      assertThat(about.menus()).isEqualTo(menu.id());

      Menu renamed =
          admin.menus().update(menu.id(), MenuFields.builder().description("IT " + RUN).build());
      assertThat(renamed.description()).isEqualTo("IT " + RUN);
      assertThat(renamed.name()).isEqualTo("IT menu " + RUN);

      // The harness's mu-plugin classic-places registers the location on the block theme.
      Menu placed =
          admin.menus().update(menu.id(), MenuFields.builder().locations(LOCATION).build());
      try {
        assertThat(placed.locations()).containsExactly(LOCATION);
        assertThat(admin.menuLocations().get(LOCATION).menu()).isEqualTo(menu.id());
        assertThat(admin.menuLocations().all()).containsKey(LOCATION);
      } finally {
        admin.menus().update(menu.id(), MenuFields.builder().locations().build());
      }
      assertThat(admin.menuLocations().get(LOCATION).menu()).isNotEqualTo(menu.id());
    } finally {
      admin.menus().delete(menu.id(), true);
    }
    assertThat(admin.menuItems().list(MenuItemQuery.builder().menus(menu.id()).build()).items())
        .as("items go with their menu")
        .isEmpty();
  }

  @Test
  void aBlockWidgetIsPlacedInASidebarChangedAndDeleted() {
    Widget widget =
        admin
            .widgets()
            .create(
                WidgetFields.builder()
                    .idBase("block")
                    .sidebar(SIDEBAR)
                    .instance(
                        Map.of(
                            "content",
                            "<!-- wp:paragraph --><p>IT " + RUN + "</p><!-- /wp:paragraph -->"))
                    .build());
    try {
      assertThat(widget.id()).startsWith("block-");
      assertThat(widget.sidebar()).isEqualTo(SIDEBAR);
      // On the harness's block theme WordPress moves a widget created into a sidebar to
      // wp_inactive_widgets on the next read; setting the sidebar's widgets places it for good.
      assertThat(admin.sidebars().arrange(SIDEBAR, List.of(widget.id())).widgets())
          .containsExactly(widget.id());
      assertThat(admin.sidebars().get(SIDEBAR).widgets()).containsExactly(widget.id());
      assertThat(admin.widgets().list(WidgetQuery.builder().sidebar(SIDEBAR).build()))
          .extracting(Widget::id)
          .contains(widget.id());
      assertThat(admin.widgetTypes().get("block").isMulti()).isTrue();

      Widget changed =
          admin
              .widgets()
              .update(
                  widget.id(),
                  WidgetFields.builder()
                      .instance(
                          Map.of(
                              "content",
                              "<!-- wp:paragraph --><p>changed "
                                  + RUN
                                  + "</p><!-- /wp:paragraph -->"))
                      .build());
      assertThat(changed.instance().path("raw").path("content").asText())
          .contains("changed " + RUN);
    } finally {
      admin.widgets().delete(widget.id(), true);
    }
    assertThat(admin.sidebars().get("wp_inactive_widgets").widgets()).doesNotContain(widget.id());
  }
}
