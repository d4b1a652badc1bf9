package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A block plugin found in the wordpress.org block directory ({@code
 * /wp/v2/block-directory/search}). WordPress maps only the first block of a plugin; {@link #id()}
 * is the plugin's directory slug, the one {@code wp.plugins().install(slug, activate)} takes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BlockDirectoryItem extends WpObject {
  private final String name;
  private final String title;
  private final String description;
  private final String id;
  private final double rating;
  private final long ratingCount;
  private final long activeInstalls;
  private final double authorBlockRating;
  private final long authorBlockCount;
  private final String author;
  private final String icon;
  private final OffsetDateTime lastUpdated;
  private final String humanizedUpdated;
  private final JsonNode links;

  @JsonCreator
  private BlockDirectoryItem(
      @JsonProperty("name") String name,
      @JsonProperty("title") String title,
      @JsonProperty("description") String description,
      @JsonProperty("id") String id,
      @JsonProperty("rating") double rating,
      @JsonProperty("rating_count") long ratingCount,
      @JsonProperty("active_installs") long activeInstalls,
      @JsonProperty("author_block_rating") double authorBlockRating,
      @JsonProperty("author_block_count") long authorBlockCount,
      @JsonProperty("author") String author,
      @JsonProperty("icon") String icon,
      @JsonProperty("last_updated") String lastUpdated,
      @JsonProperty("humanized_updated") String humanizedUpdated,
      @JsonProperty("_links") JsonNode links) {
    this.name = JsonValues.text(name);
    this.title = JsonValues.text(title);
    this.description = JsonValues.text(description);
    this.id = JsonValues.text(id);
    this.rating = rating;
    this.ratingCount = ratingCount;
    this.activeInstalls = activeInstalls;
    this.authorBlockRating = authorBlockRating;
    this.authorBlockCount = authorBlockCount;
    this.author = JsonValues.text(author);
    this.icon = JsonValues.text(icon);
    // WordPress writes gmdate('Y-m-d\TH:i:s'): UTC without an offset.
    this.lastUpdated = WpDates.gmt(lastUpdated);
    this.humanizedUpdated = JsonValues.text(humanizedUpdated);
    this.links = JsonValues.object(links);
  }

  /**
   * The block's name, e.g. {@code hello/block} ({@code name}).
   *
   * @return the block name
   */
  public String name() {
    return name;
  }

  /**
   * The block's title, or the plugin's name when the block has none ({@code title}).
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The plugin's short description, cut to 30 words ({@code description}).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The plugin's directory slug ({@code id}).
   *
   * @return the slug
   */
  public String id() {
    return id;
  }

  /**
   * The plugin's rating out of 5 ({@code rating}).
   *
   * @return the rating
   */
  public double rating() {
    return rating;
  }

  /**
   * How many ratings it has ({@code rating_count}).
   *
   * @return the count
   */
  public long ratingCount() {
    return ratingCount;
  }

  /**
   * How many sites run it, as the directory rounds it ({@code active_installs}).
   *
   * @return the installs
   */
  public long activeInstalls() {
    return activeInstalls;
  }

  /**
   * The mean rating, out of 5, of the author's block plugins ({@code author_block_rating}).
   *
   * @return the rating
   */
  public double authorBlockRating() {
    return authorBlockRating;
  }

  /**
   * How many block plugins the author has ({@code author_block_count}).
   *
   * @return the count
   */
  public long authorBlockCount() {
    return authorBlockCount;
  }

  /**
   * The author, as plain text ({@code author}).
   *
   * @return the author
   */
  public String author() {
    return author;
  }

  /**
   * The icon's URL, or {@code block-default} when the plugin has none ({@code icon}).
   *
   * @return the icon
   */
  public String icon() {
    return icon;
  }

  /**
   * When the plugin was last updated ({@code last_updated}, UTC).
   *
   * @return the date, if given
   */
  public Optional<OffsetDateTime> lastUpdated() {
    return Optional.ofNullable(lastUpdated);
  }

  /**
   * The same date in words, in the site's language, e.g. {@code 2 months ago} ({@code
   * humanized_updated}).
   *
   * @return the text
   */
  public String humanizedUpdated() {
    return humanizedUpdated;
  }

  /**
   * The {@code _links} relations, e.g. {@code wp:install-plugin} ({@code _links}).
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        name,
        title,
        description,
        id,
        rating,
        ratingCount,
        activeInstalls,
        authorBlockRating,
        authorBlockCount,
        author,
        icon,
        lastUpdated,
        humanizedUpdated,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockDirectoryItem && values().equals(((BlockDirectoryItem) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "BlockDirectoryItem{" + id + ", " + name + "}";
  }
}
