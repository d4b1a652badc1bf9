<?php
/**
 * Plugin Name: wp-rest IT: Application Passwords off site-wide
 * Description: Switches Application Passwords off for the whole site with core's filter, as
 *              security plugins and hosts do, whatever the scheme and environment.
 *
 * What a client then sees (WordPress 6.1), over http and https alike: the index's
 * "authentication" is an empty array, a correct Application Password gets
 * 401 rest_not_logged_in, and the application-passwords routes answer
 * 501 application_passwords_disabled.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'wp_is_application_passwords_available', '__return_false' );
