package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BlockPattern;
import dev.wprest.client.model.BlockPatternCategory;
import dev.wprest.client.model.PatternDirectoryQuery;
import dev.wprest.client.model.Query;
import java.util.List;

/**
 * Block patterns ({@code wp.blockPatterns()}; needs a user who may edit posts): those registered on
 * the site and the public pattern directory.
 *
 * <pre>{@code
 * List<BlockPattern> registered = wp.blockPatterns().patterns();
 * List<BlockPatternCategory> categories = wp.blockPatterns().categories();
 * List<BlockPattern> found = wp.blockPatterns().directory(
 *     PatternDirectoryQuery.builder().search("header").build());   // the site asks wordpress.org
 * }</pre>
 */
public final class BlockPatternService {
  private final NamedItems<BlockPattern> patterns;
  private final NamedItems<BlockPatternCategory> categories;
  private final NamedItems<BlockPattern> directory;

  BlockPatternService(WordPressClient client) {
    this.patterns =
        new NamedItems<>(
            new ResourceCore(client, "/wp/v2/block-patterns/patterns"), BlockPattern.class);
    this.categories =
        new NamedItems<>(
            new ResourceCore(client, "/wp/v2/block-patterns/categories"),
            BlockPatternCategory.class);
    this.directory =
        new NamedItems<>(
            new ResourceCore(client, "/wp/v2/pattern-directory/patterns"), BlockPattern.class);
  }

  /**
   * The patterns registered on the site (core's, the theme's, plugins').
   *
   * @return the patterns
   */
  public List<BlockPattern> patterns() {
    return patterns.list(Query.none());
  }

  /**
   * The registered pattern categories.
   *
   * @return the categories
   */
  public List<BlockPatternCategory> categories() {
    return categories.list(Query.none());
  }

  /**
   * Searches the public pattern directory. WordPress forwards the query to api.wordpress.org: the
   * site must reach the internet, else it answers {@code 500 patterns_api_failed}, thrown as {@link
   * ServerErrorException}.
   *
   * @param query e.g. {@code PatternDirectoryQuery.builder().search("header").perPage(20).build()}
   * @return the patterns found
   */
  public List<BlockPattern> directory(PatternDirectoryQuery query) {
    return directory.list(query);
  }

  @Override
  public String toString() {
    return "BlockPatternService{" + patterns + "}";
  }
}
