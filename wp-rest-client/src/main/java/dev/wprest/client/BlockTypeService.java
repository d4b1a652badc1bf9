package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BlockDirectoryItem;
import dev.wprest.client.model.BlockDirectoryQuery;
import dev.wprest.client.model.BlockType;
import dev.wprest.client.model.BlockTypeQuery;
import dev.wprest.client.model.Query;
import java.util.List;

/**
 * The registered block types ({@code wp.blockTypes()}; needs a user who may edit posts).
 *
 * <pre>{@code
 * BlockType paragraph = wp.blockTypes().get("core/paragraph");
 * List<BlockType> core = wp.blockTypes().list(BlockTypeQuery.builder().namespace("core").build());
 * List<BlockDirectoryItem> found = wp.blockTypes().directory(
 *     BlockDirectoryQuery.builder().term("calendar").build());   // the site asks wordpress.org
 * }</pre>
 */
public final class BlockTypeService {
  private final NamedItems<BlockType> items;
  private final NamedItems<BlockDirectoryItem> directory;

  BlockTypeService(ResourceCore core, ResourceCore directory) {
    this.items = new NamedItems<>(core, BlockType.class);
    this.directory = new NamedItems<>(directory, BlockDirectoryItem.class);
  }

  /**
   * Every block type.
   *
   * @return the types
   */
  public List<BlockType> list() {
    return items.list(Query.none());
  }

  /**
   * The block types matching a query.
   *
   * @param query e.g. {@code BlockTypeQuery.builder().namespace("core").build()}
   * @return the types
   */
  public List<BlockType> list(BlockTypeQuery query) {
    return items.list(query);
  }

  /**
   * One block type.
   *
   * @param name {@code namespace/name}, e.g. {@code core/paragraph}
   * @return the type
   */
  public BlockType get(String name) {
    if (name != null && name.chars().filter(c -> c == '/').count() != 1) {
      throw new IllegalArgumentException("a block type is named namespace/name: " + name);
    }
    return items.get(name, Query.none());
  }

  /**
   * Searches the wordpress.org block directory for block plugins ({@code
   * /wp/v2/block-directory/search}; needs {@code install_plugins} and {@code activate_plugins}).
   * WordPress forwards the search to api.wordpress.org: the site must reach the internet, else it
   * answers {@code 500 plugins_api_failed}, thrown as {@link ServerErrorException}. WordPress sends
   * one page without totals; ask for the next with {@code query.withPage(n)}.
   *
   * @param query e.g. {@code BlockDirectoryQuery.builder().term("calendar").perPage(10).build()}
   * @return the block plugins found, each by its first block
   */
  public List<BlockDirectoryItem> directory(BlockDirectoryQuery query) {
    return directory.list(query);
  }

  @Override
  public String toString() {
    return "BlockTypeService{" + items + "}";
  }
}
