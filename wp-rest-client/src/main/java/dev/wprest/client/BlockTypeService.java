package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.BaseQuery;
import dev.wprest.client.model.BlockType;
import dev.wprest.client.model.Query;
import java.util.List;

/**
 * The registered block types ({@code wp.blockTypes()}; needs a user who may edit posts).
 *
 * <pre>{@code
 * BlockType paragraph = wp.blockTypes().get("core/paragraph");
 * List<BlockType> core = wp.blockTypes().list(BlockTypeQuery.builder().namespace("core").build());
 * }</pre>
 */
public final class BlockTypeService {
  private final NamedItems<BlockType> items;

  BlockTypeService(ResourceCore core) {
    this.items = new NamedItems<>(core, BlockType.class);
  }

  /**
   * Every block type.
   *
   * @return the types
   */
  public List<BlockType> list() {
    return list(Query.none());
  }

  /**
   * The block types matching a query.
   *
   * @param query e.g. {@code BlockTypeQuery.builder().namespace("core").build()}
   * @return the types
   */
  public List<BlockType> list(BaseQuery query) {
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

  @Override
  public String toString() {
    return "BlockTypeService{" + items + "}";
  }
}
