<?php
/**
 * Combinatorial harness layer: the "Disable REST API" plugin (wordpress.org slug disable-json-api,
 * github.com/dmchale/disable-json-api), as its source does it with its default settings.
 *
 * Read from disable-json-api.php and classes/disable-rest-api.php (version 1.5.1+):
 * - removes the REST API discovery from the head, the RSD and the Link header;
 * - on rest_authentication_errors at priority 20 it looks the user up (is_user_logged_in() in
 *   get_current_user_roles()), and for the role "none" (not logged in) no route is allowed by
 *   default: WP_Error rest_cannot_access, "DRA: Only authenticated users can access the REST API.",
 *   status rest_authorization_required_code(); a logged-in role is allowed every route.
 * Because its lookup runs before core's Application Password check (priority 90), a wrong
 * Application Password gets the plugin's error, not core's incorrect_password.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

remove_action( 'xmlrpc_rsd_apis', 'rest_output_rsd' );
remove_action( 'wp_head', 'rest_output_link_wp_head', 10 );
remove_action( 'template_redirect', 'rest_output_link_header', 11 );

add_filter(
	'rest_authentication_errors',
	function ( $access ) {
		if ( is_user_logged_in() ) { // default_allow for every logged-in role
			return $access;
		}
		$message = 'DRA: Only authenticated users can access the REST API.';
		if ( is_wp_error( $access ) ) {
			$access->add( 'rest_cannot_access', $message, array( 'status' => rest_authorization_required_code() ) );
			return $access;
		}
		return new WP_Error( 'rest_cannot_access', $message, array( 'status' => rest_authorization_required_code() ) );
	},
	20
);
