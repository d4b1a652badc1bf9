package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.client.internal.BatchLimit;
import dev.wprest.client.internal.ItemRequests;
import dev.wprest.client.model.Deleted;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates, updates and deletes sent together in one {@code POST /batch/v1} (WordPress 5.6 and
 * later): one round trip instead of one per request.
 *
 * <pre>{@code
 * Batch batch = wp.batch();
 * BatchItem<Post> a = batch.create(wp.posts(), PostFields.builder().title("A").build());
 * BatchItem<Post> b = batch.update(wp.posts(), 12, PostFields.builder().status(PostStatus.PUBLISH).build());
 * BatchItem<Deleted<Post>> c = batch.delete(wp.posts(), 13, true);
 * BatchResult result = batch.send();
 * Post created = a.get(); // the item's value, or its own typed exception
 * }</pre>
 *
 * <p>Each item succeeds or fails on its own: a failed item is a {@link BatchItem} holding the
 * exception a single call would have thrown ({@link NotFoundException}, {@link
 * BadRequestException}, ...), and the batch's other items still ran. With {@link
 * #requireAllValidate()} WordPress runs nothing unless every item validates. WordPress accepts at
 * most 25 requests a batch (the site's index says when a plugin changed that): {@link #send()}
 * refuses a larger batch with a {@link BatchTooLargeException} before sending anything. Only routes
 * that allow batching take part (in WordPress 6.1 core: posts, pages, custom post types and terms;
 * not media, users, comments or settings); an item on another route fails with {@code 400
 * rest_batch_not_allowed}. A batch is sent once and is not thread-safe.
 */
public final class Batch {
  private final WordPressClient client;
  private final List<Entry<?>> entries = new ArrayList<>();
  private BatchValidation validation = BatchValidation.NORMAL;
  private boolean sent;

  Batch(WordPressClient client) {
    this.client = client;
  }

  /**
   * Adds a create ({@code POST} to the service's collection).
   *
   * @param service e.g. {@code wp.posts()}, of this batch's client
   * @param fields the fields to set
   * @param <T> the item type
   * @param <F> the fields type
   * @return the item's handle, filled in by {@link #send()}
   */
  public <T, F> BatchItem<T> create(ResourceService<T, F, ?> service, F fields) {
    ResourceService<T, F, ?> s = own(service);
    return add(
        ItemRequests.create(s.core, fields),
        (response, body) -> s.core.convert(response, body, s.type));
  }

  /**
   * Adds an update of the fields set in {@code fields} ({@code POST} to the item).
   *
   * @param service e.g. {@code wp.posts()}, of this batch's client
   * @param id the item's id
   * @param fields the fields to change
   * @param <T> the item type
   * @param <F> the fields type
   * @return the item's handle, filled in by {@link #send()}
   */
  public <T, F> BatchItem<T> update(ResourceService<T, F, ?> service, long id, F fields) {
    ResourceService<T, F, ?> s = own(service);
    return add(
        ItemRequests.update(s.core, id, fields),
        (response, body) -> s.core.convert(response, body, s.type));
  }

  /**
   * Adds a delete: to the trash unless {@code force}, as {@link ResourceService#delete(long,
   * boolean)}.
   *
   * @param service e.g. {@code wp.posts()}, of this batch's client
   * @param id the item's id
   * @param force true to delete permanently
   * @param <T> the item type
   * @param <F> the fields type
   * @return the item's handle, filled in by {@link #send()}
   */
  public <T, F> BatchItem<Deleted<T>> delete(
      ResourceService<T, F, ?> service, long id, boolean force) {
    ResourceService<T, F, ?> s = own(service);
    return add(
        ItemRequests.delete(s.core, id, force),
        (response, body) -> s.core.deleted(response, body, s.type));
  }

  /**
   * Asks WordPress to run nothing unless every item validates ({@code validation:
   * require-all-validate}): when one does not, the answer holds only the invalid items' errors,
   * every other item is {@link BatchItem.State#NOT_EXECUTED} and the site is unchanged.
   *
   * @return this batch
   */
  public Batch requireAllValidate() {
    return validation(BatchValidation.REQUIRE_ALL_VALIDATE);
  }

  /**
   * Sets how WordPress treats invalid items; {@link BatchValidation#NORMAL} by default.
   *
   * @param validation the mode
   * @return this batch
   */
  public Batch validation(BatchValidation validation) {
    refuseIfSent();
    this.validation = requireNonNull(validation, "validation == null");
    return this;
  }

  /**
   * How many requests the batch holds.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /**
   * Sends the batch in one {@code POST /batch/v1} and fills in every item.
   *
   * @return the items' outcomes
   * @throws BatchTooLargeException when the batch holds more requests than the site accepts
   *     (nothing is sent)
   * @throws WordPressException when the batch request itself fails (e.g. {@code 404 rest_no_route}
   *     before WordPress 5.6, a 401 for the whole batch); the items stay pending
   * @throws IllegalStateException when the batch is empty or was sent already
   */
  public BatchResult send() {
    return send(RequestOptions.none());
  }

  /**
   * Sends the batch with options for this call: its timeout covers the one {@code POST /batch/v1},
   * and its headers go on it (WordPress runs the items inside that request, so the items see no
   * headers of their own).
   *
   * @param options this call's timeout and extra headers
   * @return the items' outcomes
   * @throws BatchTooLargeException when the batch holds more requests than the site accepts
   *     (nothing is sent)
   * @throws WordPressException when the batch request itself fails; the items stay pending
   * @throws IllegalStateException when the batch is empty or was sent already
   */
  public BatchResult send(RequestOptions options) {
    requireNonNull(options, "options == null");
    refuseIfSent();
    if (entries.isEmpty()) {
      throw new IllegalStateException("an empty batch: add a create, update or delete first");
    }
    BatchLimit limit = BatchLimit.of(client.siteInfo());
    if (entries.size() > limit.max) {
      throw new BatchTooLargeException(entries.size(), limit.max, limit.fromSite);
    }
    sent = true;
    WpResponse response =
        client.execute(options.applyTo(WpRequest.post(BatchLimit.ROUTE, body()).build()));
    return new BatchAnswer(client, response).fill(entries);
  }

  private ObjectNode body() {
    ObjectNode body = client.objectMapper().createObjectNode();
    body.put("validation", validation.wireValue());
    ArrayNode requests = body.putArray("requests");
    for (Entry<?> entry : entries) {
      ObjectNode r = requests.addObject();
      r.put("method", entry.request.method().name());
      r.put("path", entry.item.path());
      entry.request.jsonBody().ifPresent(b -> r.set("body", client.objectMapper().valueToTree(b)));
    }
    return body;
  }

  private <T, F> ResourceService<T, F, ?> own(ResourceService<T, F, ?> service) {
    requireNonNull(service, "service == null");
    refuseIfSent();
    if (service.core.client() != client) {
      throw new IllegalArgumentException(
          service + " belongs to another client: a batch goes to one site with one identity");
    }
    return service;
  }

  private <T> BatchItem<T> add(WpRequest request, Binder<T> binder) {
    BatchItem<T> item = new BatchItem<>(entries.size(), request.method(), path(request));
    entries.add(new Entry<>(item, request, binder));
    return item;
  }

  private void refuseIfSent() {
    if (sent) {
      throw new IllegalStateException("this batch was sent already: start a new one");
    }
  }

  /** The route and query as WordPress's batch expects them: a path it parses with its query. */
  private static String path(WpRequest request) {
    StringBuilder path = new StringBuilder(request.route());
    char sep = '?';
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      for (String value : e.getValue()) {
        path.append(sep).append(encode(e.getKey())).append('=').append(encode(value));
        sep = '&';
      }
    }
    return path.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Turns a successful item's body into its value. */
  interface Binder<T> {
    T bind(WpResponse batchResponse, JsonNode body);
  }

  /** An item, the single request it stands for, and how to read its value. */
  static final class Entry<T> {
    final BatchItem<T> item;
    final WpRequest request;
    final Binder<T> binder;

    Entry(BatchItem<T> item, WpRequest request, Binder<T> binder) {
      this.item = item;
      this.request = request;
      this.binder = binder;
    }
  }

  @Override
  public String toString() {
    return "Batch{" + entries.size() + " requests, validation " + validation.wireValue() + "}";
  }
}
