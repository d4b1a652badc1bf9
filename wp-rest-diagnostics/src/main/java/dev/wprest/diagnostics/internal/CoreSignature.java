package dev.wprest.diagnostics.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole answer core WordPress gives with one error code: the HTTP status (which core's REST
 * server always copies from the error's {@code data.status}), the code, and the family of its
 * English message. A plugin or a proxy that reuses core's code with another status, or a {@code
 * data.status} that differs from the HTTP status, is not core speaking; a message in other words
 * may be a translation, so it costs certainty but not the producer. Not API: it may change in any
 * release.
 */
public final class CoreSignature {
  /** How an answer with a code compares to core's answer with that code. */
  public enum Fit {
    /** Another code: this signature says nothing. */
    OTHER_CODE,
    /** Core's status, data status and message: core answered. */
    CORE,
    /**
     * Core's status and data status, another message (a translated site, or a plugin reusing the
     * code with core's status): core's cause stays, never CONFIRMED on it.
     */
    MESSAGE_DIFFERS,
    /** The code with a status core never sends with it: a plugin or a proxy answered. */
    NOT_CORE
  }

  private final Pattern code;
  private final Set<Integer> statuses;
  private final Pattern messageFamily;
  private final String producedBy;

  private CoreSignature(Pattern code, Set<Integer> statuses, Pattern message, String producedBy) {
    this.code = code;
    this.statuses = statuses;
    this.messageFamily = message;
    this.producedBy = producedBy;
  }

  /**
   * A signature.
   *
   * @param code the error code, e.g. {@code incorrect_password}, or a regular expression for a
   *     family of codes (a route's own {@code rest_cannot_*} codes)
   * @param statuses the HTTP statuses core sends with it
   * @param message a regular expression over the English message, tags stripped
   * @param producedBy the core function that produces it, for people
   * @return the signature
   */
  public static CoreSignature of(
      String code, Set<Integer> statuses, String message, String producedBy) {
    return new CoreSignature(
        Pattern.compile(requireNonNull(code, "code == null")),
        Set.copyOf(statuses),
        Pattern.compile(message, Pattern.CASE_INSENSITIVE),
        requireNonNull(producedBy, "producedBy == null"));
  }

  /**
   * The code.
   *
   * @return e.g. {@code rest_not_logged_in}, or the expression of a family
   */
  public String code() {
    return code.pattern();
  }

  /**
   * The core function that answers this way.
   *
   * @return e.g. {@code WP_REST_Users_Controller::get_current_item (users/me)}
   */
  public String producedBy() {
    return producedBy;
  }

  /**
   * The statuses core sends with the code.
   *
   * @return the statuses
   */
  public Set<Integer> statuses() {
    return statuses;
  }

  /**
   * How an answer compares to this signature.
   *
   * @param status the HTTP status
   * @param code the error code, or ""
   * @param message the message, or ""
   * @param dataStatus the envelope's {@code data.status}, or a negative number when absent
   * @return the fit
   */
  public Fit fit(int status, String code, String message, int dataStatus) {
    if (code == null || !this.code.matcher(code).matches()) {
      return Fit.OTHER_CODE;
    }
    // WP_REST_Server::error_to_response sends data.status as the HTTP status: a status that
    // differs from it was rewritten after WordPress, and one core never sends is not core's.
    if (!statuses.contains(status) || (dataStatus >= 0 && dataStatus != status)) {
      return Fit.NOT_CORE;
    }
    if (dataStatus < 0 || !messageFamily.matcher(plain(message)).matches()) {
      return Fit.MESSAGE_DIFFERS;
    }
    return Fit.CORE;
  }

  /**
   * Why an answer is not this signature, in one clause, or "" when it is (or has another code).
   *
   * @param status the HTTP status
   * @param code the error code
   * @param message the message, or ""
   * @param dataStatus the envelope's {@code data.status}, or a negative number
   * @return e.g. {@code core (...) sends incorrect_password only with 401, this came with 403}
   */
  public String mismatch(int status, String code, String message, int dataStatus) {
    switch (fit(status, code, message, dataStatus)) {
      case NOT_CORE:
        if (statuses.contains(status)) {
          return "its data.status "
              + dataStatus
              + " differs from the HTTP status "
              + status
              + ", which core's REST server always copies from it";
        }
        return "core ("
            + producedBy
            + ") sends "
            + code
            + " only with "
            + statuses.stream().sorted().map(String::valueOf).collect(Collectors.joining(" or "))
            + ", this came with "
            + status;
      case MESSAGE_DIFFERS:
        return dataStatus < 0
            ? "it carries no data.status, which core (" + producedBy + ") always sends"
            : "its message is not core's English one (a translated site, or a plugin reusing"
                + " core's code)";
      default:
        return "";
    }
  }

  private static String plain(String message) {
    return message.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
  }

  @Override
  public String toString() {
    return statuses + " " + code + " (" + producedBy + ")";
  }
}
