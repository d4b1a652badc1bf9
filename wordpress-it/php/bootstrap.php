<?php
/**
 * Loads WordPress from the PHP CLI for one integration-test site.
 *
 * Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php; the vhosts
 * set WORDPRESS_CONFIG with SetEnv, here we set it by hand together with the request
 * variables WordPress expects.
 *
 * Usage: require this file after setting $wpit_site (and optionally defining WP_INSTALLING).
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

/** Parses the state file (Java properties subset: key=value lines). */
function wpit_props() {
	$file = getenv( 'WPIT_PROPS' );
	if ( ! $file || ! is_readable( $file ) ) {
		fwrite( STDERR, "WPIT_PROPS must point to the state file\n" );
		exit( 2 );
	}
	$props = array();
	// The state file, then the state files of the site sets beside it (wp-it-v68.properties, ...).
	$lines = file( $file, FILE_IGNORE_NEW_LINES );
	foreach ( glob( dirname( $file ) . '/wp-it-*.properties' ) as $more ) {
		$lines = array_merge( $lines, file( $more, FILE_IGNORE_NEW_LINES ) );
	}
	foreach ( $lines as $line ) {
		if ( '' === $line || '#' === $line[0] || false === strpos( $line, '=' ) ) {
			continue;
		}
		list( $k, $v ) = explode( '=', $line, 2 );
		if ( ! isset( $props[ $k ] ) ) {
			$props[ $k ] = $v;
		}
	}
	return $props;
}

$wpit_props = wpit_props();
if ( empty( $wpit_props[ "site.$wpit_site.url" ] ) ) {
	fwrite( STDERR, "unknown site $wpit_site\n" );
	exit( 2 );
}
$wpit_url = parse_url( $wpit_props[ "site.$wpit_site.url" ] );
if ( empty( $wpit_url['port'] ) ) { // a site on its scheme's default port
	$wpit_url['port'] = 'https' === $wpit_url['scheme'] ? 443 : 80;
}

// A site of another WordPress version ("v68.modphp": WordPress 6.8) runs that version's core,
// whose directory the state file names; its config file is config-wpit-v68-modphp.php
// (Debian's wp-config.php accepts only [a-zA-Z0-9-]+ in WORDPRESS_CONFIG).
$wpit_root = '/usr/share/wordpress';
if ( preg_match( '/^(v\d+)\./', $wpit_site, $wpit_m ) && ! empty( $wpit_props[ "wordpress.{$wpit_m[1]}.root" ] ) ) {
	$wpit_root = $wpit_props[ "wordpress.{$wpit_m[1]}.root" ];
}

$_SERVER['WORDPRESS_CONFIG'] = 'wpit-' . str_replace( '.', '-', $wpit_site );
$_SERVER['HTTP_HOST']        = $wpit_url['host'] . ( in_array( (int) $wpit_url['port'], array( 80, 443 ), true ) ? '' : ':' . $wpit_url['port'] );
$_SERVER['SERVER_NAME']      = $wpit_url['host'];
$_SERVER['SERVER_PORT']      = $wpit_url['port'];
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['REMOTE_ADDR']      = '127.0.0.1';
if ( 'https' === $wpit_url['scheme'] ) {
	$_SERVER['HTTPS'] = 'on';
}

require $wpit_root . '/wp-load.php';
