package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/** A block pattern category from {@code /wp/v2/block-patterns/categories}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BlockPatternCategory extends WpObject {
  private final String name;
  private final String label;
  private final String description;

  @JsonCreator
  private BlockPatternCategory(
      @JsonProperty("name") String name,
      @JsonProperty("label") String label,
      @JsonProperty("description") String description) {
    this.name = JsonValues.text(name);
    this.label = JsonValues.text(label);
    this.description = JsonValues.text(description);
  }

  /**
   * The category's name in code ({@code name}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Its label ({@code label}).
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The description, empty when none ({@code description}).
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  private List<Object> values() {
    return Arrays.asList(name, label, description);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockPatternCategory
        && values().equals(((BlockPatternCategory) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "BlockPatternCategory{" + name + "}";
  }
}
