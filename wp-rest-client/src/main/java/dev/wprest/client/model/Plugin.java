package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * An installed plugin from {@code /wp/v2/plugins} (administrators only: {@code activate_plugins}).
 * Its id is {@link #plugin()}, the plugin's file without {@code .php}: {@code akismet/akismet}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Plugin extends WpObject {
  private final String plugin;
  private final String status;
  private final String name;
  private final String pluginUri;
  private final String author;
  private final String authorUri;
  private final Rendered description;
  private final String version;
  private final boolean networkOnly;
  private final String requiresWp;
  private final String requiresPhp;
  private final String textdomain;
  private final JsonNode links;

  @JsonCreator
  private Plugin(
      @JsonProperty("plugin") String plugin,
      @JsonProperty("status") String status,
      @JsonProperty("name") String name,
      @JsonProperty("plugin_uri") String pluginUri,
      @JsonProperty("author") String author,
      @JsonProperty("author_uri") String authorUri,
      @JsonProperty("description") Rendered description,
      @JsonProperty("version") String version,
      @JsonProperty("network_only") boolean networkOnly,
      @JsonProperty("requires_wp") String requiresWp,
      @JsonProperty("requires_php") String requiresPhp,
      @JsonProperty("textdomain") String textdomain,
      @JsonProperty("_links") JsonNode links) {
    this.plugin = JsonValues.text(plugin);
    this.status = JsonValues.text(status);
    this.name = JsonValues.text(name);
    this.pluginUri = JsonValues.text(pluginUri);
    this.author = JsonValues.text(author);
    this.authorUri = JsonValues.text(authorUri);
    this.description = description == null ? Rendered.of("") : description;
    this.version = JsonValues.text(version);
    this.networkOnly = networkOnly;
    this.requiresWp = JsonValues.text(requiresWp);
    this.requiresPhp = JsonValues.text(requiresPhp);
    this.textdomain = JsonValues.text(textdomain);
    this.links = JsonValues.object(links);
  }

  /**
   * The plugin's id: its main file without {@code .php}, e.g. {@code akismet/akismet} ({@code
   * plugin}).
   *
   * @return the id
   */
  public String plugin() {
    return plugin;
  }

  /**
   * {@code active}, {@code inactive} or, on a multisite, {@code network-active} ({@code status}).
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The plugin's name ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The plugin's web site ({@code plugin_uri}).
   *
   * @return the address, empty if none
   */
  public String pluginUri() {
    return pluginUri;
  }

  /**
   * The author's name ({@code author}).
   *
   * @return the author
   */
  public String author() {
    return author;
  }

  /**
   * The author's web site ({@code author_uri}).
   *
   * @return the address, empty if none
   */
  public String authorUri() {
    return authorUri;
  }

  /**
   * The description: rendered, and raw with {@code context=edit} ({@code description}).
   *
   * @return the description
   */
  public Rendered description() {
    return description;
  }

  /**
   * The installed version ({@code version}).
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Whether it can only be activated network-wide ({@code network_only}).
   *
   * @return true for network-only plugins
   */
  public boolean networkOnly() {
    return networkOnly;
  }

  /**
   * The minimum WordPress version it declares ({@code requires_wp}).
   *
   * @return the version, empty if none
   */
  public String requiresWp() {
    return requiresWp;
  }

  /**
   * The minimum PHP version it declares ({@code requires_php}).
   *
   * @return the version, empty if none
   */
  public String requiresPhp() {
    return requiresPhp;
  }

  /**
   * Its text domain ({@code textdomain}).
   *
   * @return the text domain
   */
  public String textdomain() {
    return textdomain;
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
    return Arrays.asList(
        plugin,
        status,
        name,
        pluginUri,
        author,
        authorUri,
        description,
        version,
        networkOnly,
        requiresWp,
        requiresPhp,
        textdomain,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Plugin && values().equals(((Plugin) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "Plugin{" + plugin + " " + status + " " + version + "}";
  }
}
