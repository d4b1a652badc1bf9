package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.internal.CoreSignatures.APPLICATION_PASSWORDS_DISABLED;
import static dev.wprest.diagnostics.internal.CoreSignatures.APPLICATION_PASSWORDS_DISABLED_FOR_USER;
import static dev.wprest.diagnostics.internal.CoreSignatures.COOKIE_INVALID_NONCE;
import static dev.wprest.diagnostics.internal.CoreSignatures.INCORRECT_PASSWORD;
import static dev.wprest.diagnostics.internal.CoreSignatures.INVALID_EMAIL;
import static dev.wprest.diagnostics.internal.CoreSignatures.INVALID_USERNAME;
import static dev.wprest.diagnostics.internal.CoreSignatures.NOT_LOGGED_IN;
import static dev.wprest.diagnostics.internal.CoreSignatures.NO_ROUTE;
import static dev.wprest.diagnostics.internal.CoreSignatures.ROUTE_REFUSAL;

import dev.wprest.diagnostics.internal.CoreSignature;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which of core WordPress's answers each {@link Proof} row reasons from. A row confirms only when
 * every answer of the run that carries one of these codes is core's whole answer (status, {@code
 * data.status}, message); the same code with another status is a plugin or a proxy speaking, and
 * the row's cause is then not confirmed (see {@link VerdictReview}). Rows that read no WordPress
 * code (redirects, connections, the index's shape, a plugin's own codes, the login page) read
 * nothing here.
 */
final class ProofReads {
  private static final Map<Proof, List<CoreSignature>> READS = new EnumMap<>(Proof.class);

  static {
    // users/me's anonymous answer: WP_REST_Users_Controller::get_current_item. The XML-RPC side
    // is wp_xmlrpc_server::login, read by XmlRpcProbe.
    READS.put(Proof.HEADER_STRIPPED_XML_RPC, List.of(NOT_LOGGED_IN));
    // The same, or incorrect_password from wp_authenticate_application_password where a plugin
    // looks the user up early (rest_application_password_check_errors sets the 401).
    READS.put(Proof.LOGIN_PASSWORD_XML_RPC, List.of(NOT_LOGGED_IN, INCORRECT_PASSWORD));
    READS.put(Proof.CREDENTIALS_REJECTED_XML_RPC, List.of(NOT_LOGGED_IN, INCORRECT_PASSWORD));
    // wp_authenticate_application_password, via rest_application_password_check_errors.
    READS.put(Proof.CREDENTIALS_REJECTED_REPORTED, List.of(INCORRECT_PASSWORD));
    READS.put(Proof.UNKNOWN_USER_REPORTED, List.of(INVALID_USERNAME, INVALID_EMAIL));
    READS.put(
        Proof.APPLICATION_PASSWORDS_DISABLED_FOR_USER_REPORTED,
        List.of(APPLICATION_PASSWORDS_DISABLED_FOR_USER));
    // The index's authentication [] (rest_add_application_passwords_to_index), with users/me's
    // anonymous answer or wp_authenticate_application_password's application_passwords_disabled;
    // the routes' 501 is WP_REST_Application_Passwords_Controller::get_user.
    READS.put(
        Proof.APPLICATION_PASSWORDS_UNAVAILABLE_INDEX,
        List.of(NOT_LOGGED_IN, APPLICATION_PASSWORDS_DISABLED));
    // Cookies without a nonce are anonymous (rest_cookie_check_errors returns true without one);
    // admin-ajax.php's rest-nonce action answers wp_die( '0', 400 ) without a session.
    READS.put(Proof.COOKIES_WITHOUT_NONCE_SESSION, List.of(NOT_LOGGED_IN));
    // rest_cookie_check_errors: 403 "Cookie check failed".
    READS.put(Proof.NONCE_INVALID_SESSION, List.of(COOKIE_INVALID_NONCE));
    READS.put(Proof.NONCE_WITHOUT_COOKIES_RETRY, List.of(COOKIE_INVALID_NONCE, NOT_LOGGED_IN));
    READS.put(Proof.SESSION_NOT_LIVE, List.of(NOT_LOGGED_IN, COOKIE_INVALID_NONCE));
    // Core reads no bearer token: users/me answers as to anyone anonymous.
    READS.put(Proof.BEARER_NOT_SUPPORTED_INDEX, List.of(NOT_LOGGED_IN));
    // users/me's answer, or a route's permission callback with rest_authorization_required_code.
    READS.put(Proof.NO_CREDENTIALS_ANONYMOUS, List.of(NOT_LOGGED_IN, ROUTE_REFUSAL));
    // WP_REST_Server::match_request_to_handler.
    READS.put(Proof.ROUTE_NOT_FOUND_OPTIONS, List.of(NO_ROUTE));
    // rest_authorization_required_code(): 403 once an identity is accepted.
    READS.put(Proof.CAPABILITY_BY_CALL, List.of(ROUTE_REFUSAL));
  }

  private ProofReads() {}

  /** The core answers the row reasons from; empty when it reads no WordPress code. */
  static List<CoreSignature> of(Proof proof) {
    return READS.getOrDefault(proof, List.of());
  }
}
