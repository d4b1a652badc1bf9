package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The site settings from {@code /wp/v2/settings} (administrators only). Core's settings have typed
 * accessors; plugins register more, all reachable through {@link #get(String)} and {@link #json()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings extends WpObject {
  private final JsonNode json;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private Settings(JsonNode json) {
    this.json = JsonValues.object(json);
  }

  /**
   * The site title.
   *
   * @return the title
   */
  public String title() {
    return json.path("title").asText("");
  }

  /**
   * The tagline.
   *
   * @return the description
   */
  public String description() {
    return json.path("description").asText("");
  }

  /**
   * The site URL.
   *
   * @return the URL
   */
  public String url() {
    return json.path("url").asText("");
  }

  /**
   * The administration e-mail address.
   *
   * @return the address
   */
  public String email() {
    return json.path("email").asText("");
  }

  /**
   * The time zone: a zone id ({@code Europe/Berlin}), {@code UTC}, or empty when the site uses a
   * fixed offset instead.
   *
   * @return the time zone setting
   */
  public String timezone() {
    return json.path("timezone").asText("");
  }

  /**
   * PHP's date format for the site, e.g. {@code F j, Y}.
   *
   * @return the format
   */
  public String dateFormat() {
    return json.path("date_format").asText("");
  }

  /**
   * PHP's time format for the site, e.g. {@code g:i a}.
   *
   * @return the format
   */
  public String timeFormat() {
    return json.path("time_format").asText("");
  }

  /**
   * The site language, e.g. {@code en_US}.
   *
   * @return the locale
   */
  public String language() {
    return json.path("language").asText("");
  }

  /**
   * How many posts a blog page shows.
   *
   * @return the count
   */
  public int postsPerPage() {
    return json.path("posts_per_page").asInt();
  }

  /**
   * The category new posts get when none is given.
   *
   * @return the category id
   */
  public long defaultCategory() {
    return json.path("default_category").asLong();
  }

  /**
   * Whether new posts accept comments by default: {@code open} or {@code closed}.
   *
   * @return the default comment status
   */
  public String defaultCommentStatus() {
    return json.path("default_comment_status").asText("");
  }

  /**
   * Any setting by its name, including those plugins register.
   *
   * @param name the setting, e.g. {@code blogname} as exposed: {@code title}
   * @return its JSON value, if the site sent it
   */
  public Optional<JsonNode> get(String name) {
    Objects.requireNonNull(name, "name == null");
    JsonNode value = json.get(name);
    return value == null ? Optional.empty() : Optional.of(value.deepCopy());
  }

  /**
   * Every setting as WordPress sent it.
   *
   * @return a JSON object
   */
  public JsonNode json() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Settings && json.equals(((Settings) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "Settings{" + json.size() + " settings, title=" + title() + "}";
  }
}
