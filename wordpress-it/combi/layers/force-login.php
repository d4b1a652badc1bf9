<?php
/**
 * Combinatorial harness layer: the "Force Login" plugin (wordpress.org slug wp-force-login,
 * github.com/kevinvess/wp-force-login, wp-force-login.php version 5.6.3), as its source does it.
 *
 * - template_redirect: a visitor who is not logged in is sent to wp-login.php with a 302
 *   (nocache_headers() first); REST and XML-RPC requests never reach template_redirect.
 * - rest_authentication_errors at priority 99: if no earlier filter decided (null) and nobody is
 *   logged in, WP_Error rest_unauthorized "Only authenticated users can access the REST API.",
 *   status rest_authorization_required_code(). Priority 99 is after core's Application Password
 *   check (90): the lookup it triggers records a bad password too late for core to report it.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'template_redirect',
	function () {
		if ( ( defined( 'DOING_AJAX' ) && DOING_AJAX ) || ( defined( 'DOING_CRON' ) && DOING_CRON ) ) {
			return;
		}
		if ( is_user_logged_in() ) {
			return;
		}
		$schema = isset( $_SERVER['HTTPS'] ) && 'on' === $_SERVER['HTTPS'] ? 'https://' : 'http://';
		$url    = $schema . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];
		if ( preg_replace( '/\?.*/', '', wp_login_url() ) === preg_replace( '/\?.*/', '', $url ) ) {
			return;
		}
		nocache_headers();
		wp_safe_redirect( wp_login_url( $url ), 302 );
		exit;
	}
);

add_filter(
	'rest_authentication_errors',
	function ( $result ) {
		if ( null === $result && ! is_user_logged_in() ) {
			return new WP_Error( 'rest_unauthorized', 'Only authenticated users can access the REST API.', array( 'status' => rest_authorization_required_code() ) );
		}
		return $result;
	},
	99
);
