<?php
/**
 * Combinatorial harness layer: Wordfence's login-security option "Disable WordPress application
 * passwords" (wfConfig loginSec_disableApplicationPasswords), as lib/wordfenceClass.php does it:
 * add_filter('wp_is_application_passwords_available', '__return_false').
 *
 * Core then treats Application Passwords as switched off site-wide: the index's authentication
 * is [], Basic credentials are ignored (401 rest_not_logged_in on users/me), the
 * application-passwords routes answer 501 application_passwords_disabled, and XML-RPC refuses an
 * Application Password (it still accepts the login password).
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'wp_is_application_passwords_available', '__return_false' );
