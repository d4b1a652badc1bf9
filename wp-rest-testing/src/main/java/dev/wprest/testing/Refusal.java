package dev.wprest.testing;

/**
 * How a real WordPress refuses a call for want of a valid identity, each answered exactly as a real
 * WordPress 6.1 answered it on the project's harness (status, code, message and data), so that your
 * code's handling of it, and a {@code Diagnosis} of it, meet the real thing.
 */
public enum Refusal {
  /**
   * {@code 401 rest_not_logged_in}: the call arrived without credentials (or they were stripped).
   */
  NOT_LOGGED_IN("users-me.anonymous.modphp"),
  /** {@code 401 incorrect_password}: the Application Password is wrong, on every call. */
  INCORRECT_PASSWORD("posts.list.basic-bad-app-password.earlyuser"),
  /** {@code 401 rest_cannot_create}: a create by a caller WordPress took for anonymous. */
  CANNOT_CREATE("posts.create.basic-valid.stripped-header"),
  /** {@code 401 rest_cannot_access}: a plugin closes the REST API to anonymous callers. */
  REST_API_CLOSED("users-me.anonymous.blockanon"),
  /** {@code 501 application_passwords_disabled}: the site turned Application Passwords off. */
  APPLICATION_PASSWORDS_DISABLED("application-passwords.list.appoffsite");

  private final String recording;

  Refusal(String recording) {
    this.recording = recording;
  }

  Answer answer() {
    return Recording.named(recording).answer;
  }
}
