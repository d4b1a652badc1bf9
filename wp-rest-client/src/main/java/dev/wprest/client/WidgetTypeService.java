package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.EncodedWidget;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.WidgetType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered widget types ({@code wp.widgetTypes()}; needs {@code edit_theme_options}), and the
 * two routes the widget editor uses for legacy widgets: encoding a widget's form into an instance,
 * and rendering an instance as the front end shows it.
 *
 * <pre>{@code
 * WidgetType text = wp.widgetTypes().get("text");
 * EncodedWidget hello = wp.widgetTypes().encode("text",
 *     "widget-text[1][title]=Hi&widget-text[1][text]=Hello");
 * String html = wp.widgetTypes().render("text", hello.instance());
 * }</pre>
 */
public final class WidgetTypeService {
  private final NamedItems<WidgetType> items;

  WidgetTypeService(ResourceCore core) {
    this.items = new NamedItems<>(core, WidgetType.class);
  }

  /**
   * Every widget type.
   *
   * @return the types
   */
  public List<WidgetType> list() {
    return items.list(Query.none());
  }

  /**
   * One widget type.
   *
   * @param id e.g. {@code text}, {@code block}
   * @return the type
   */
  public WidgetType get(String id) {
    return items.get(id, Query.none());
  }

  /**
   * A new instance of a legacy widget from its admin form's fields ({@code POST
   * /wp/v2/widget-types/<id>/encode}). WordPress runs the widget's own {@code update()} on them.
   *
   * @param id a type built on {@code WP_Widget}, e.g. {@code text}; one that is not is a {@code 400
   *     rest_invalid_widget}
   * @param formData the form, URL-encoded, fields named {@code widget-<id>[<number>][<field>]},
   *     e.g. {@code widget-text[1][title]=Hi&widget-text[1][text]=Hello}
   * @return the encoded instance, its form and its preview
   */
  public EncodedWidget encode(String id, String formData) {
    return encode(id, null, requireNonNull(formData, "formData == null"));
  }

  /**
   * Applies a legacy widget's form fields to an instance WordPress encoded before, or re-encodes it
   * unchanged ({@code POST /wp/v2/widget-types/<id>/encode}).
   *
   * @param id a type that extends {@code WP_Widget}, e.g. {@code text}
   * @param instance an encoded instance ({@code encoded} and {@code hash}, as {@link
   *     EncodedWidget#instance()} or a legacy widget's {@code instance} gives it), or null to start
   *     from empty settings; one whose hash does not match is a {@code 400 rest_invalid_widget}
   * @param formData the form fields to apply, URL-encoded, or null for none
   * @return the encoded instance, its form and its preview
   */
  public EncodedWidget encode(String id, JsonNode instance, String formData) {
    String type = widgetType(id);
    Map<String, Object> body = new LinkedHashMap<>();
    if (instance != null) {
      body.put("instance", instance);
    }
    if (formData != null) {
      body.put("form_data", formData);
    }
    return items
        .core()
        .send(
            WpRequest.post(items.core().route(type + "/encode"), body).build(),
            items.core().type(EncodedWidget.class));
  }

  /**
   * A legacy widget as the front end shows it, rendered by the site with its theme's head ({@code
   * POST /wp/v2/widget-types/<id>/render}): the page the widget editor shows in a preview frame.
   *
   * @param id the widget type, e.g. {@code text}
   * @param instance an encoded instance ({@code encoded} and {@code hash}), as {@link
   *     EncodedWidget#instance()} or a widget's {@code instance} gives it; WordPress ignores {@code
   *     raw} here, and renders a missing or mis-signed instance with empty settings
   * @return the preview, a whole HTML document
   */
  public String render(String id, JsonNode instance) {
    String type = widgetType(id);
    requireNonNull(instance, "instance == null");
    JsonNode answer =
        items
            .core()
            .send(
                WpRequest.post(items.core().route(type + "/render"), Map.of("instance", instance))
                    .build(),
                items.core().type(JsonNode.class));
    return answer.path("preview").asText("");
  }

  /** A widget type id as WordPress routes it: one segment, no slash. */
  private static String widgetType(String id) {
    String checked = NamedItems.checked(id);
    if (checked.indexOf('/') >= 0) {
      throw new IllegalArgumentException("not a widget type id: " + id);
    }
    return checked;
  }

  @Override
  public String toString() {
    return "WidgetTypeService{" + items + "}";
  }
}
