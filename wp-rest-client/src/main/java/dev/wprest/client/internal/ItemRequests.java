package dev.wprest.client.internal;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.WpRequest;

/**
 * The requests that write a collection's items, built once for every way of sending them: the
 * service's own calls, the {@code withResponse()} view and a batch.
 */
public final class ItemRequests {
  private ItemRequests() {}

  /**
   * Creates an item: {@code POST} to the collection.
   *
   * @param core the collection
   * @param fields the fields to set
   * @return the request
   */
  public static WpRequest create(ResourceCore core, Object fields) {
    requireNonNull(fields, "fields == null");
    return WpRequest.post(core.route(), fields).build();
  }

  /**
   * Updates an item: {@code POST} to the item (WordPress's item routes take POST, PUT and PATCH
   * alike).
   *
   * @param core the collection
   * @param id the item's id
   * @param fields the fields to change
   * @return the request
   */
  public static WpRequest update(ResourceCore core, long id, Object fields) {
    requireNonNull(fields, "fields == null");
    return WpRequest.post(core.route(id), fields).build();
  }

  /**
   * Deletes an item.
   *
   * @param core the collection
   * @param id the item's id
   * @param force true to delete at once instead of moving the item to the trash
   * @return the request
   */
  public static WpRequest delete(ResourceCore core, long id, boolean force) {
    WpRequest.Builder b = WpRequest.delete(core.route(id));
    if (force) {
      b.query("force", "true");
    }
    return b.build();
  }
}
