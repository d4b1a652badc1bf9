<?php
/**
 * Combinatorial harness layer: Limit Login Attempts Reloaded (wordpress.org slug
 * limit-login-attempts-reloaded) while this client's address is locked out after too many failed
 * logins, as core/LoginAuthenticationHandler.php does it (authenticate_late_lockout_check() on
 * the authenticate filter, LATE_AUTH_PRIORITY 99990).
 *
 * Every login through wp_authenticate() (wp-login.php, XML-RPC) gets WP_Error too_many_retries,
 * whatever the password; XML-RPC turns any login error into fault 403 "Incorrect username or
 * password.". REST Application Passwords do not go through the authenticate filter
 * (wp_validate_application_password() calls wp_authenticate_application_password() directly), so
 * REST answers as if the plugin were not there.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter(
	'authenticate',
	function ( $user, $username, $password ) {
		if ( empty( $username ) || empty( $password ) ) {
			return $user;
		}
		$error = new WP_Error();
		$error->add( 'too_many_retries', '<strong>Error</strong>: Too many failed login attempts. Please try again in 20 minutes.' );
		return $error;
	},
	99990,
	3
);
