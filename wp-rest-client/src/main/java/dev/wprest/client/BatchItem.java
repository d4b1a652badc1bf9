package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One request of a {@link Batch} and, once the batch is sent, its own outcome: the typed value
 * WordPress answered with, or the typed exception a single call would have thrown ({@link
 * NotFoundException}, {@link ForbiddenException}, {@link BadRequestException}, ...), with the
 * item's own status, WordPress error and redacted evidence, so that a diagnosis can explain it.
 *
 * <pre>{@code
 * Batch batch = wp.batch();
 * BatchItem<Post> created = batch.create(wp.posts(), PostFields.builder().title("A").build());
 * batch.send();
 * Post post = created.get(); // or the item's own exception
 * }</pre>
 *
 * @param <T> the value of a successful item
 */
public final class BatchItem<T> {
  /** Where an item stands. */
  public enum State {
    /** The batch has not been sent yet. */
    PENDING,
    /** WordPress ran the request and answered 2xx. */
    SUCCEEDED,
    /** WordPress refused or failed this request; {@link #failure()} says how. */
    FAILED,
    /**
     * The request was valid but WordPress ran none of the batch because another request did not
     * validate ({@link BatchValidation#REQUIRE_ALL_VALIDATE}).
     */
    NOT_EXECUTED
  }

  private final int index;
  private final HttpMethod method;
  private final String path;
  private State state = State.PENDING;
  private int status = -1;
  private T value;
  private WordPressException failure;
  private RuntimeException thrown;

  BatchItem(int index, HttpMethod method, String path) {
    this.index = index;
    this.method = method;
    this.path = path;
  }

  /**
   * The item's position in its batch, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * The item's method: {@code POST} (create, update) or {@code DELETE}.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The route and query the item addresses, e.g. {@code /wp/v2/posts/12?force=true}.
   *
   * @return the path as sent in the batch
   */
  public String path() {
    return path;
  }

  /**
   * Where the item stands.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * Whether WordPress ran the item and answered 2xx.
   *
   * @return true on success
   */
  public boolean succeeded() {
    return state == State.SUCCEEDED;
  }

  /**
   * The status WordPress gave this item, when it answered for it.
   *
   * @return e.g. 201, 404; empty while pending or when the item was not executed
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * The item's value, or its failure thrown.
   *
   * @return the created, updated or deleted item
   * @throws WordPressException the item's own typed failure, as a single call would throw it (after
   *     the client's failure translator); {@link BatchNotExecutedException} when WordPress ran none
   *     of the batch
   * @throws IllegalStateException when the batch has not been sent
   */
  public T get() {
    switch (state) {
      case SUCCEEDED:
        return value;
      case PENDING:
        throw new IllegalStateException(
            "item " + index + " (" + this + "): the batch was not sent");
      default:
        throw thrown;
    }
  }

  /**
   * The item's value when it succeeded.
   *
   * @return the value, or empty
   */
  public Optional<T> value() {
    return state == State.SUCCEEDED ? Optional.ofNullable(value) : Optional.empty();
  }

  /**
   * The item's failure: the typed exception a single call would have thrown, with the item's own
   * evidence in {@link WordPressException#exchange()}.
   *
   * @return the failure, or empty when the item succeeded or is pending
   */
  public Optional<WordPressException> failure() {
    return Optional.ofNullable(failure);
  }

  void succeeded(int status, T value) {
    this.state = State.SUCCEEDED;
    this.status = status;
    this.value = value;
  }

  void failed(State state, int status, WordPressException failure, RuntimeException thrown) {
    this.state = requireNonNull(state, "state == null");
    this.status = status;
    this.failure = failure;
    this.thrown = thrown;
  }

  @Override
  public String toString() {
    return "BatchItem{"
        + index
        + " "
        + method
        + " "
        + path
        + " "
        + state
        + (status >= 0 ? " " + status : "")
        + "}";
  }
}
