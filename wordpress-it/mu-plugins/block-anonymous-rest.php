<?php
/**
 * Plugin Name: wp-rest IT: block anonymous REST
 * Description: Refuses every REST request that is not logged in, the way the plugins that
 *              "disable the REST API for visitors" do (code and message as the widely used
 *              "Disable REST API" plugin sends them).
 *
 * What a client then sees (WordPress 6.1): 401 rest_cannot_access on every route, the index
 * included. Looking the user up here, before core's Application Password check at priority 90,
 * means a wrong or login password also gets this plugin's error (core keeps an earlier error);
 * a valid Application Password or cookie + nonce passes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter(
	'rest_authentication_errors',
	function ( $result ) {
		if ( ! empty( $result ) ) {
			return $result;
		}
		if ( ! is_user_logged_in() ) {
			return new WP_Error(
				'rest_cannot_access',
				'Only authenticated users can access the REST API.',
				array( 'status' => rest_authorization_required_code() )
			);
		}
		return $result;
	},
	10
);
