<?php
/**
 * Plugin Name: wp-rest IT: combinatorial layers
 * Description: Loads the security or authentication layer that the port a request came in on
 *              stands for (wordpress-it/sites/combi.sh writes the port table next to this file).
 *
 * One WordPress install serves every combination: the front layers (proxies, firewall rules)
 * live in nginx, the web server layers in Apache and nginx, and the plugin layer is chosen here
 * from the port in the Host header, which every front passes on unchanged.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

( function () {
	$host  = isset( $_SERVER['HTTP_HOST'] ) ? (string) $_SERVER['HTTP_HOST'] : '';
	$colon = strrpos( $host, ':' );
	$port  = false === $colon ? 0 : (int) substr( $host, $colon + 1 );
	$ports = include __DIR__ . '/combi-layers/ports.php';
	$layer = isset( $ports[ $port ] ) ? $ports[ $port ] : 'none';
	if ( 'none' !== $layer && preg_match( '/^[a-z0-9-]+$/', $layer ) ) {
		require __DIR__ . '/combi-layers/' . $layer . '.php';
	}
} )();
