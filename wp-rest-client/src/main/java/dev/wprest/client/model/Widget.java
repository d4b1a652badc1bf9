package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** A widget from {@code /wp/v2/widgets}: an instance of a widget type placed in a sidebar. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Widget extends WpObject {
  private final String id;
  private final String idBase;
  private final String sidebar;
  private final String rendered;
  private final String renderedForm;
  private final JsonNode instance;
  private final JsonNode links;

  @JsonCreator
  private Widget(
      @JsonProperty("id") String id,
      @JsonProperty("id_base") String idBase,
      @JsonProperty("sidebar") String sidebar,
      @JsonProperty("rendered") String rendered,
      @JsonProperty("rendered_form") String renderedForm,
      @JsonProperty("instance") JsonNode instance,
      @JsonProperty("_links") JsonNode links) {
    this.id = JsonValues.text(id);
    this.idBase = JsonValues.text(idBase);
    this.sidebar = JsonValues.text(sidebar);
    this.rendered = JsonValues.text(rendered);
    this.renderedForm = JsonValues.text(renderedForm);
    this.instance = JsonValues.object(instance);
    this.links = JsonValues.object(links);
  }

  /**
   * The widget's id, e.g. {@code block-2} ({@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Its widget type, e.g. {@code block} ({@code id_base}).
   *
   * @return the type id
   */
  public String idBase() {
    return idBase;
  }

  /**
   * The sidebar it is in ({@code sidebar}).
   *
   * @return the sidebar id
   */
  public String sidebar() {
    return sidebar;
  }

  /**
   * Its HTML on the site ({@code rendered}).
   *
   * @return the HTML
   */
  public String rendered() {
    return rendered;
  }

  /**
   * Its settings form (with {@code context=edit}) ({@code rendered_form}).
   *
   * @return the HTML, empty otherwise
   */
  public String renderedForm() {
    return renderedForm;
  }

  /**
   * Its settings: {@code raw} (editors with {@code edit_theme_options}), {@code encoded}, {@code
   * hash} ({@code instance}).
   *
   * @return a JSON object
   */
  public JsonNode instance() {
    return instance.deepCopy();
  }

  /**
   * The {@code _links} relations ({@code _links}).
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(id, idBase, sidebar, rendered, renderedForm, instance, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Widget && values().equals(((Widget) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Widget{" + id + " in " + sidebar + "}";
  }
}
