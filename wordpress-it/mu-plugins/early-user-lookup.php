<?php
/**
 * Plugin Name: wp-rest IT: early user lookup
 * Description: Looks up the current user early, the way many security and membership
 *              plugins do, for the wp-rest integration tests.
 *
 * What makes the difference (WordPress 6.1, read from core):
 * - Core checks the Application Password error status in rest_authentication_errors at
 *   priority 90 (rest_application_password_check_errors) but, on its own, only looks the
 *   user up at priority 100 (rest_cookie_check_errors -> is_user_logged_in()). So on a
 *   vanilla site a bad Application Password is never reported: 401 rest_not_logged_in.
 * - A lookup on plugins_loaded/init alone changes nothing for REST requests: REST_REQUEST
 *   is not defined yet, so Application Passwords are not tried, and
 *   WP_REST_Server::serve_request() then clears the cached anonymous user.
 * - A lookup inside rest_authentication_errors before priority 90 (what plugins that
 *   restrict the REST API to logged-in users do, e.g. `if ( ! is_user_logged_in() ) ...`)
 *   records the failure first: 401 incorrect_password / invalid_username / invalid_email,
 *   on every REST route, public ones and the index included.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// The membership-plugin style lookup (harmless for REST, see above).
add_action(
	'plugins_loaded',
	function () {
		wp_get_current_user();
	}
);

// The security-plugin style lookup that surfaces Application Password errors.
add_filter(
	'rest_authentication_errors',
	function ( $result ) {
		if ( ! empty( $result ) ) {
			return $result;
		}
		is_user_logged_in(); // a real plugin would decide something here; we only look
		return $result;
	},
	10
);
