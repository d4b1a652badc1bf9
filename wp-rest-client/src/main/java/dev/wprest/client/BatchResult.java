package dev.wprest.client;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What WordPress answered to a sent {@link Batch}: every item in the order it was added, each with
 * its own value or typed failure. A batch whose items failed is still a result, not an exception:
 * WordPress ran the other items (unless {@link #validationFailed()}).
 */
public final class BatchResult {
  private final List<BatchItem<?>> items;
  private final boolean validationFailed;

  BatchResult(List<BatchItem<?>> items, boolean validationFailed) {
    this.items = List.copyOf(items);
    this.validationFailed = validationFailed;
  }

  /**
   * Every item, in the order added.
   *
   * @return the items
   */
  public List<BatchItem<?>> items() {
    return items;
  }

  /**
   * The items that failed (not those left unexecuted by a failed validation).
   *
   * @return the failed items, in order
   */
  public List<BatchItem<?>> failures() {
    return items.stream()
        .filter(i -> i.state() == BatchItem.State.FAILED)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every item succeeded.
   *
   * @return true when nothing failed
   */
  public boolean allSucceeded() {
    return items.stream().allMatch(BatchItem::succeeded);
  }

  /**
   * Whether WordPress ran nothing because some item did not validate under {@link
   * BatchValidation#REQUIRE_ALL_VALIDATE}: {@link #failures()} are the invalid items, every other
   * item is {@link BatchItem.State#NOT_EXECUTED}.
   *
   * @return true when nothing was executed
   */
  public boolean validationFailed() {
    return validationFailed;
  }

  @Override
  public String toString() {
    return "BatchResult{"
        + items.size()
        + " items, "
        + failures().size()
        + " failed"
        + (validationFailed ? ", none executed (validation failed)" : "")
        + "}";
  }
}
