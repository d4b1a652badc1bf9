package dev.wprest.diagnostics.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Core WordPress's answers the diagnosis reads, each as the whole signature core produces, read
 * from core's source (WordPress 6.1 and 6.8 answer these byte for byte alike; the function named is
 * where the answer is made). Not API: it may change in any release.
 */
public final class CoreSignatures {
  /**
   * {@code 401 rest_not_logged_in}: users/me to a request WordPress saw as anonymous. {@code
   * WP_REST_Users_Controller::get_current_item} (and {@code
   * WP_REST_Application_Passwords_Controller::get_user} for {@code
   * users/me/application-passwords}).
   */
  public static final CoreSignature NOT_LOGGED_IN =
      CoreSignature.of(
          "rest_not_logged_in",
          Set.of(401),
          "You are not currently logged in\\.",
          "WP_REST_Users_Controller::get_current_item");

  /**
   * {@code 401 incorrect_password}: {@code wp_authenticate_application_password} (user.php) found
   * the user and no Application Password matched; {@code rest_application_password_check_errors}
   * (rest-api.php) adds status 401 because the error carries none.
   */
  public static final CoreSignature INCORRECT_PASSWORD =
      CoreSignature.of(
          "incorrect_password",
          Set.of(401),
          "The provided password is an invalid application password\\.",
          "wp_authenticate_application_password, via rest_application_password_check_errors");

  /** {@code 401 invalid_username}: the same functions, no user by that login. */
  public static final CoreSignature INVALID_USERNAME =
      CoreSignature.of(
          "invalid_username",
          Set.of(401),
          "(Error: ?)?Unknown username\\. Check again or try your email address\\.",
          "wp_authenticate_application_password, via rest_application_password_check_errors");

  /** {@code 401 invalid_email}: the same functions, no user by that e-mail. */
  public static final CoreSignature INVALID_EMAIL =
      CoreSignature.of(
          "invalid_email",
          Set.of(401),
          "(Error: ?)?Unknown email address\\. Check again or try your username\\.",
          "wp_authenticate_application_password, via rest_application_password_check_errors");

  /**
   * {@code application_passwords_disabled}: 401 from {@code wp_authenticate_application_password}
   * via {@code rest_application_password_check_errors}; 501 from {@code
   * WP_REST_Application_Passwords_Controller::get_user} on the application-passwords routes.
   */
  public static final CoreSignature APPLICATION_PASSWORDS_DISABLED =
      CoreSignature.of(
          "application_passwords_disabled",
          Set.of(401, 501),
          "Application passwords are not available\\.",
          "wp_authenticate_application_password (401) or"
              + " WP_REST_Application_Passwords_Controller::get_user (501)");

  /** {@code application_passwords_disabled_for_user}: the same two places, for one user. */
  public static final CoreSignature APPLICATION_PASSWORDS_DISABLED_FOR_USER =
      CoreSignature.of(
          "application_passwords_disabled_for_user",
          Set.of(401, 501),
          "Application passwords are not available for your account\\. Please contact the site"
              + " administrator for assistance\\.",
          "wp_authenticate_application_password (401) or"
              + " WP_REST_Application_Passwords_Controller::get_user (501)");

  /** {@code 403 rest_cookie_invalid_nonce}: {@code rest_cookie_check_errors} (rest-api.php). */
  public static final CoreSignature COOKIE_INVALID_NONCE =
      CoreSignature.of(
          "rest_cookie_invalid_nonce",
          Set.of(403),
          "Cookie check failed",
          "rest_cookie_check_errors");

  /** {@code 404 rest_no_route}: {@code WP_REST_Server::match_request_to_handler}. */
  public static final CoreSignature NO_ROUTE =
      CoreSignature.of(
          "rest_no_route",
          Set.of(404),
          "No route was found matching the URL and request method\\.",
          "WP_REST_Server::match_request_to_handler");

  /**
   * {@code 400 rest_invalid_param}: {@code WP_REST_Request::has_valid_params} or {@code
   * sanitize_params}, which {@code WP_REST_Server::dispatch} runs before the permission callback.
   */
  public static final CoreSignature INVALID_PARAM =
      CoreSignature.of(
          "rest_invalid_param",
          Set.of(400),
          "Invalid parameter\\(s\\): .+",
          "WP_REST_Request::has_valid_params / sanitize_params");

  /** {@code 404 rest_post_invalid_id}: {@code WP_REST_Posts_Controller::get_post}. */
  public static final CoreSignature POST_INVALID_ID =
      CoreSignature.of(
          "rest_post_invalid_id",
          Set.of(404),
          "Invalid post ID\\.",
          "WP_REST_Posts_Controller::get_post");

  /**
   * A route's own refusal ({@code rest_forbidden}, {@code rest_cannot_create}, ...): the status is
   * {@code rest_authorization_required_code()}, 401 without an accepted identity, 403 with one.
   * {@code rest_cannot_access} is not core's: REST lock-down plugins answer with it.
   */
  public static final CoreSignature ROUTE_REFUSAL =
      CoreSignature.of(
          "rest_forbidden[a-z_]*|rest_cannot_(?!access$)[a-z_]+",
          Set.of(401, 403),
          "(Sorry, you are not allowed to|Cannot view) .+",
          "a route's permission callback with rest_authorization_required_code()");

  private static final List<CoreSignature> ALL =
      List.of(
          NOT_LOGGED_IN,
          INCORRECT_PASSWORD,
          INVALID_USERNAME,
          INVALID_EMAIL,
          APPLICATION_PASSWORDS_DISABLED,
          APPLICATION_PASSWORDS_DISABLED_FOR_USER,
          COOKIE_INVALID_NONCE,
          NO_ROUTE,
          INVALID_PARAM,
          POST_INVALID_ID,
          ROUTE_REFUSAL);

  private CoreSignatures() {}

  /**
   * Every signature.
   *
   * @return the signatures, in a fixed order
   */
  public static List<CoreSignature> all() {
    return ALL;
  }

  /**
   * The signature of a single code core produces, if core produces it (the family of route refusals
   * is left out: core sends some of those codes with other statuses elsewhere).
   *
   * @param code the error code
   * @return the signature, empty for a code core does not produce (a plugin's own)
   */
  public static Optional<CoreSignature> forCode(String code) {
    return ALL.stream()
        .filter(s -> s != ROUTE_REFUSAL)
        .filter(s -> s.fit(-1, code, "", -1) != CoreSignature.Fit.OTHER_CODE)
        .findFirst();
  }
}
