package dev.wprest.client;

/**
 * How WordPress treats a batch in which some request does not validate (its route is unknown or
 * does not allow batching, a parameter is missing or invalid).
 */
public enum BatchValidation {
  /** WordPress's default: the valid requests run, each invalid one fails on its own. */
  NORMAL("normal"),
  /**
   * Nothing runs unless every request validates: WordPress then answers with the errors of the
   * invalid requests only, and the others are {@link BatchItem.State#NOT_EXECUTED}.
   */
  REQUIRE_ALL_VALIDATE("require-all-validate");

  private final String wireValue;

  BatchValidation(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value of the batch's {@code validation} parameter.
   *
   * @return e.g. {@code require-all-validate}
   */
  public String wireValue() {
    return wireValue;
  }
}
