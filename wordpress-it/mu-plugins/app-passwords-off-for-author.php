<?php
/**
 * Plugin Name: wp-rest IT: Application Passwords off for the author
 * Description: Switches Application Passwords off for one user (the author, itauthor) with
 *              core's filter, as sites do to keep some roles on the login form only.
 *
 * What a client then sees (WordPress 6.1): the author's *correct* Application Password gets
 * 401 rest_not_logged_in, as a wrong one would, and XML-RPC answers fault 403 "Incorrect
 * username or password." The administrator's Application Password keeps working.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter(
	'wp_is_application_passwords_available_for_user',
	function ( $available, $user ) {
		return ( $user instanceof WP_User && 'itauthor' === $user->user_login ) ? false : $available;
	},
	10,
	2
);
