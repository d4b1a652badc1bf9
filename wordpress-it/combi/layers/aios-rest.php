<?php
/**
 * Combinatorial harness layer: All-In-One Security (AIOS, wordpress.org slug
 * all-in-one-wp-security-and-firewall) with "Disallow unauthorized REST requests" on, as its
 * source does it (classes/wp-security-general-init-tasks.php, check_rest_api_requests()).
 *
 * On rest_api_init it looks the current user up and, when there is none, calls wp_die() with
 * "You are not authorized to perform this action." Inside a REST request wp_die() answers through
 * core's JSON handler when the client accepts JSON (wp_is_json_request()): status 500,
 * {"code":"wp_die","message":...,"data":{"status":500},"additional_errors":[]}; otherwise core's
 * HTML error page, also 500. A wrong Application Password, a stripped header and no credentials
 * all end here; a valid Application Password passes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'rest_api_init',
	function () {
		$rest_user = wp_get_current_user();
		if ( empty( $rest_user->ID ) ) {
			wp_die( 'You are not authorized to perform this action.' );
		}
	},
	10,
	1
);
