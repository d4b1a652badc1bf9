package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A legacy widget's settings as WordPress encodes them ({@code POST
 * /wp/v2/widget-types/<id>/encode}): the instance to store in a widget, the widget's admin form and
 * its front-end preview.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class EncodedWidget extends WpObject {
  private final String form;
  private final String preview;
  private final JsonNode instance;

  @JsonCreator
  private EncodedWidget(
      @JsonProperty("form") String form,
      @JsonProperty("preview") String preview,
      @JsonProperty("instance") JsonNode instance) {
    this.form = JsonValues.text(form);
    this.preview = JsonValues.text(preview);
    this.instance = JsonValues.object(instance);
  }

  /**
   * The widget's admin form, as HTML ({@code form}).
   *
   * @return the form
   */
  public String form() {
    return form;
  }

  /**
   * The widget as the front end shows it, as HTML ({@code preview}).
   *
   * @return the preview
   */
  public String preview() {
    return preview;
  }

  /**
   * The encoded instance ({@code instance}): {@code encoded} (the serialized settings in base64),
   * {@code hash} (the site's signature of them) and, for types that show their instance, {@code
   * raw}. Pass it on to a later {@code encode} or to {@code render}.
   *
   * @return a JSON object
   */
  public JsonNode instance() {
    return instance.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(form, preview, instance);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncodedWidget && values().equals(((EncodedWidget) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "EncodedWidget{" + preview.length() + " chars of preview}";
  }
}
