package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * A registered block pattern from {@code /wp/v2/block-patterns/patterns}, or one of the public
 * pattern directory ({@code /wp/v2/pattern-directory/patterns}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BlockPattern extends WpObject {
  private final String name;
  private final long id;
  private final String title;
  private final String description;
  private final String content;
  private final List<String> categories;
  private final List<String> keywords;
  private final List<String> blockTypes;
  private final int viewportWidth;

  @JsonCreator
  private BlockPattern(
      @JsonProperty("name") String name,
      @JsonProperty("id") long id,
      @JsonProperty("title") String title,
      @JsonProperty("description") String description,
      @JsonProperty("content") String content,
      @JsonProperty("categories") List<String> categories,
      @JsonProperty("keywords") List<String> keywords,
      @JsonProperty("block_types") List<String> blockTypes,
      @JsonProperty("viewport_width") int viewportWidth) {
    this.name = JsonValues.text(name);
    this.id = id;
    this.title = JsonValues.text(title);
    this.description = JsonValues.text(description);
    this.content = JsonValues.text(content);
    this.categories = JsonValues.list(categories);
    this.keywords = JsonValues.list(keywords);
    this.blockTypes = JsonValues.list(blockTypes);
    this.viewportWidth = viewportWidth;
  }

  /**
   * The pattern's name, {@code namespace/name} (empty for a directory pattern, which has an {@code
   * id}) ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The directory's id of the pattern (0 for a registered pattern) ({@code id}).
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Its title ({@code title}).
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The description ({@code description}).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Its block markup ({@code content}).
   *
   * @return the markup
   */
  public String content() {
    return content;
  }

  /**
   * Its pattern categories ({@code categories}).
   *
   * @return the category names
   */
  public List<String> categories() {
    return categories;
  }

  /**
   * Search keywords ({@code keywords}).
   *
   * @return the keywords
   */
  public List<String> keywords() {
    return keywords;
  }

  /**
   * The block types it can replace or be inserted into ({@code block_types}).
   *
   * @return the block names
   */
  public List<String> blockTypes() {
    return blockTypes;
  }

  /**
   * The preview width, 0 when none ({@code viewport_width}).
   *
   * @return the width in pixels
   */
  public int viewportWidth() {
    return viewportWidth;
  }

  private List<Object> values() {
    return Arrays.asList(
        name, id, title, description, content, categories, keywords, blockTypes, viewportWidth);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockPattern && values().equals(((BlockPattern) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "BlockPattern{" + name + "}";
  }
}
