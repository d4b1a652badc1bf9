<?php
/**
 * Records real WordPress answers from the running integration-test sites as JSON
 * fixtures, one file per scenario. Secrets are redacted, per-run random values are
 * replaced by stable placeholders. See fixtures/README.md.
 *
 * Usage: WPIT_PROPS=<state file> WPIT_APACHE=<version> php record-fixtures.php <out dir>
 */

if ( PHP_SAPI !== 'cli' || ! extension_loaded( 'curl' ) ) {
	fwrite( STDERR, "needs the PHP CLI with the curl extension\n" );
	exit( 2 );
}
$out_dir = isset( $argv[1] ) ? rtrim( $argv[1], '/' ) : '';
if ( '' === $out_dir || ! is_dir( $out_dir ) ) {
	fwrite( STDERR, "usage: record-fixtures.php <out dir>\n" );
	exit( 2 );
}

/* ------------------------------------------------------------------ state */
$props = array();
foreach ( file( getenv( 'WPIT_PROPS' ), FILE_IGNORE_NEW_LINES ) as $line ) {
	if ( '' !== $line && '#' !== $line[0] && false !== strpos( $line, '=' ) ) {
		list( $k, $v )  = explode( '=', $line, 2 );
		$props[ $k ] = $v;
	}
}
function p( $key ) {
	global $props;
	if ( ! isset( $props[ $key ] ) ) {
		fwrite( STDERR, "missing property $key\n" );
		exit( 2 );
	}
	return $props[ $key ];
}

$WP      = p( 'wordpress.version' );
$PHP     = p( 'php.version' );
$APACHE  = getenv( 'WPIT_APACHE' ) ?: '2.4';
$NGINX   = getenv( 'WPIT_NGINX' ) ?: '1.22';
$CACERT  = p( 'site.https.cert' );
$EPOCH   = '2024-01-01T09:00:00';
$base    = "WordPress $WP (Debian bookworm package)";
$SITES   = array(
	'modphp'     => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, WordPress's .htaccess rules (with the HTTP_AUTHORIZATION copy rule)",
	'stripped'   => "$base, Apache $APACHE + php-fpm $PHP via mod_proxy_fcgi, no CGIPassAuth and no rewrite rule copying the Authorization header (the header does not reach PHP), FallbackResource /index.php, WP_ENVIRONMENT_TYPE=local",
	'https'      => "$base, Apache $APACHE + mod_php over HTTPS (self-signed certificate), PHP $PHP, WP_ENVIRONMENT_TYPE=production",
	'production' => "$base, Apache $APACHE + mod_php over plain http, PHP $PHP, WP_ENVIRONMENT_TYPE=production (Application Passwords unavailable)",
	'norewrite'  => "$base, Apache $APACHE + mod_php, PHP $PHP, no rewrite rules and plain permalinks, WP_ENVIRONMENT_TYPE=local",
	'jwt'        => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, with a test double of the \"JWT Authentication for WP REST API\" plugin (jwt-auth/v1)",
	'earlyuser'  => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, with a plugin that looks the current user up early (in rest_authentication_errors before core's priority 90, like security plugins do)",
	'redirect'   => "Apache $APACHE, a vhost whose every answer is mod_alias 'Redirect 301 / " . p( 'site.redirect.target' ) . "'",
	'nginx'      => "$base, nginx $NGINX + php-fpm $PHP (fastcgi_pass, WordPress's try_files recipe), WP_ENVIRONMENT_TYPE=local",
	'nginxproxy' => "$base, nginx $NGINX as a reverse proxy (proxy_pass, proxy_set_header Authorization \"\") in front of Apache $APACHE + mod_php with WordPress's .htaccess rules, PHP $PHP, WP_ENVIRONMENT_TYPE=local",
	'appoffuser' => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, Application Passwords switched off for the author (itauthor) by the filter wp_is_application_passwords_available_for_user",
	'appoffuserearly' => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, Application Passwords switched off for the author (itauthor) by the filter wp_is_application_passwords_available_for_user, and a plugin that looks the current user up early (in rest_authentication_errors before core's priority 90)",
	'appoffsite' => "$base, Apache $APACHE + mod_php over plain http, PHP $PHP, WP_ENVIRONMENT_TYPE=local, Application Passwords switched off site-wide by the filter wp_is_application_passwords_available",
	'appoffhttps' => "$base, Apache $APACHE + mod_php over HTTPS (self-signed certificate), PHP $PHP, WP_ENVIRONMENT_TYPE=production, Application Passwords switched off site-wide by the filter wp_is_application_passwords_available",
	'blockanon'  => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, with a plugin that refuses anonymous REST requests through rest_authentication_errors (401 rest_cannot_access)",
	'lostrewrite' => "$base, Apache $APACHE + mod_php, PHP $PHP, pretty permalinks in WordPress but no rewrite rules in the server (lost in a move, or an ignored .htaccess), WP_ENVIRONMENT_TYPE=local",
	'basicauth'  => "$base, Apache $APACHE + mod_php, PHP $PHP, WP_ENVIRONMENT_TYPE=local, the whole site behind Apache's own Basic auth (AuthType Basic, realm \"Staging site\")",
	'httpsdefault' => "$base, Apache $APACHE + mod_php over HTTPS on the default port 443 (self-signed certificate), PHP $PHP, WP_ENVIRONMENT_TYPE=production",
	'redirectport' => "Apache $APACHE, a vhost whose every answer is mod_alias 'Redirect 301 / " . p( 'site.redirectport.target' ) . "' (http to https onto another port)",
	'upgrade'    => "Apache $APACHE on port 80, a vhost whose every answer is mod_alias 'Redirect 301 / " . p( 'site.upgrade.target' ) . "' (http to https, same host, default ports)",
);
function site_url_of( $site ) {
	return rtrim( p( "site.$site.url" ), '/' );
}

$U = array();
foreach ( array( 'admin', 'author', 'subscriber' ) as $r ) {
	$U[ $r ] = array(
		'login' => p( "user.$r.login" ),
		'email' => p( "user.$r.email" ),
		'pass'  => p( "user.$r.password" ),
		'app'   => p( "user.$r.app_password" ),
	);
}

/* ------------------------------------------------------------------ secrets and redaction */
$SECRETS = array();
function secret( $value ) {
	global $SECRETS;
	$value = (string) $value;
	if ( strlen( $value ) >= 6 ) {
		$SECRETS[ $value ] = true;
	}
	return $value;
}
foreach ( $U as $u ) {
	secret( $u['pass'] );
	secret( $u['app'] );
	secret( str_replace( ' ', '', $u['app'] ) );
	secret( str_replace( ' ', '-', $u['app'] ) );
}
secret( p( 'jwt.secret' ) );
secret( p( 'site.basicauth.password' ) );

function basic( $user, $pass ) {
	return 'Basic ' . secret( base64_encode( "$user:$pass" ) );
}

/** Every form a secret can take in a recorded text. */
function secret_forms( $s ) {
	$forms = array( $s, rawurlencode( $s ), urlencode( $s ), htmlspecialchars( $s, ENT_XML1 ), substr( json_encode( $s ), 1, -1 ) );
	return array_unique( array_filter( $forms, 'strlen' ) );
}
function scrub( $text ) {
	global $SECRETS;
	foreach ( array_keys( $SECRETS ) as $s ) {
		foreach ( secret_forms( $s ) as $f ) {
			$text = str_replace( $f, 'REDACTED', $text );
		}
	}
	return $text;
}

/** Stable placeholders for per-run random values. */
$UUIDS = array();
function stabilize( $text ) {
	global $UUIDS, $EPOCH;
	$text = preg_replace_callback(
		'/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/',
		function ( $m ) use ( &$UUIDS ) {
			if ( 0 === strpos( $m[0], '00000000-0000-4000-8000-' ) ) {
				return $m[0]; // already a placeholder
			}
			if ( ! isset( $UUIDS[ $m[0] ] ) ) {
				$UUIDS[ $m[0] ] = sprintf( '00000000-0000-4000-8000-%012d', count( $UUIDS ) + 1 );
			}
			return $UUIDS[ $m[0] ];
		},
		$text
	);
	// Application Password timestamps (created at install, last used a moment ago).
	return preg_replace( '/"(created|last_used)":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"/', '"$1":"' . $EPOCH . '"', $text );
}

/* ------------------------------------------------------------------ HTTP */
/**
 * @param array $o method, url, headers (name => value), body, nobody
 * @return array status, headers (list of [name, value]), body
 */
function http( array $o ) {
	global $CACERT;
	$headers = array();
	$ch      = curl_init( $o['url'] );
	$send    = array( 'User-Agent: wp-rest-fixture-recorder' );
	foreach ( isset( $o['headers'] ) ? $o['headers'] : array() as $k => $v ) {
		$send[] = "$k: $v";
	}
	curl_setopt_array(
		$ch,
		array(
			CURLOPT_CUSTOMREQUEST  => $o['method'],
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_FOLLOWLOCATION => false,
			CURLOPT_HTTPHEADER     => $send,
			CURLOPT_CAINFO         => $CACERT,
			CURLOPT_TIMEOUT        => 60,
			CURLOPT_HTTP_VERSION   => CURL_HTTP_VERSION_1_1,
			CURLOPT_ENCODING       => null, // no Accept-Encoding: bodies as the server sends them
			CURLOPT_HEADERFUNCTION => function ( $ch, $line ) use ( &$headers ) {
				$t = rtrim( $line, "\r\n" );
				if ( preg_match( '#^HTTP/\S+ \d+#', $t ) ) {
					$headers = array(); // a new response (e.g. after 100 Continue)
				} elseif ( false !== strpos( $t, ':' ) ) {
					list( $k, $v ) = explode( ':', $t, 2 );
					$headers[]     = array( $k, trim( $v ) );
				}
				return strlen( $line );
			},
		)
	);
	if ( 'HEAD' === $o['method'] ) {
		curl_setopt( $ch, CURLOPT_NOBODY, true );
	}
	if ( isset( $o['body'] ) && null !== $o['body'] ) {
		curl_setopt( $ch, CURLOPT_POSTFIELDS, $o['body'] );
	}
	$body = curl_exec( $ch );
	if ( false === $body ) {
		fwrite( STDERR, 'request failed: ' . curl_error( $ch ) . "\n" );
		exit( 1 );
	}
	$status = curl_getinfo( $ch, CURLINFO_RESPONSE_CODE );
	curl_close( $ch );
	return array( 'status' => $status, 'headers' => $headers, 'body' => (string) $body );
}

function header_value( array $res, $name ) {
	foreach ( $res['headers'] as $h ) {
		if ( 0 === strcasecmp( $h[0], $name ) ) {
			return $h[1];
		}
	}
	return null;
}

/** Hop-by-hop and clock headers say nothing about WordPress; everything else is kept. */
const DROP_HEADERS = array( 'date', 'connection', 'keep-alive', 'transfer-encoding' );

/* ------------------------------------------------------------------ cookie sessions */
$SESSIONS = array();
/** Logs the admin in through wp-login.php; returns the response and keeps the cookies. */
function login( $site ) {
	global $U, $SESSIONS;
	$res = http(
		array(
			'method'  => 'POST',
			'url'     => site_url_of( $site ) . '/wp-login.php',
			'headers' => array(
				'Content-Type' => 'application/x-www-form-urlencoded',
				'Cookie'       => 'wordpress_test_cookie=WP%20Cookie%20check',
			),
			'body'    => http_build_query(
				array(
					'log'        => $U['admin']['login'],
					'pwd'        => $U['admin']['pass'],
					'wp-submit'  => 'Log In',
					'redirect_to' => site_url_of( $site ) . '/wp-admin/',
					'testcookie' => '1',
				)
			),
		)
	);
	$jar = array( 'wordpress_test_cookie|/' => array( 'wordpress_test_cookie', 'WP%20Cookie%20check', '/' ) );
	foreach ( $res['headers'] as $h ) {
		if ( 0 === strcasecmp( $h[0], 'Set-Cookie' ) && preg_match( '/^([^=]+)=([^;]*)(?:.*?;\s*path=([^;]+))?/i', $h[1], $m ) ) {
			$path = isset( $m[3] ) ? $m[3] : '/';
			if ( 'wordpress_test_cookie' !== $m[1] ) {
				secret( $m[2] );
			}
			$jar[ "$m[1]|$path" ] = array( $m[1], $m[2], $path );
		}
	}
	$SESSIONS[ $site ] = array( 'jar' => array_values( $jar ) );
	$nonce             = http(
		array(
			'method'  => 'GET',
			'url'     => site_url_of( $site ) . '/wp-admin/admin-ajax.php?action=rest-nonce',
			'headers' => array( 'Cookie' => cookies_for( $site, '/wp-admin/admin-ajax.php' ) ),
		)
	);
	$SESSIONS[ $site ]['nonce'] = secret( $nonce['body'] );
	return $res;
}
function cookies_for( $site, $path ) {
	global $SESSIONS;
	$c = array();
	foreach ( $SESSIONS[ $site ]['jar'] as $cookie ) {
		if ( 0 === strpos( $path, rtrim( $cookie[2], '/' ) . '/' ) || $path === $cookie[2] || '/' === $cookie[2] ) {
			$c[] = $cookie[0] . '=' . $cookie[1];
		}
	}
	return implode( '; ', $c );
}

/* ------------------------------------------------------------------ recording */
$WRITTEN = array();
/**
 * rec( name, site, description of the request, [
 *   method, path, query, auth (label), headers, body, cookies (bool), nonce (bool)
 * ] )
 */
function rec( $name, $site, $what, array $o ) {
	global $SITES, $WRITTEN, $out_dir, $SESSIONS;
	$o      += array(
		'method'  => 'GET',
		'query'   => '',
		'auth'    => 'none',
		'headers' => array(),
		'body'    => null,
		'cookies' => false,
		'nonce'   => false,
	);
	$path    = $o['path'];
	$headers = $o['headers'];
	if ( $o['cookies'] ) {
		$headers['Cookie'] = cookies_for( $site, $path );
	}
	if ( $o['nonce'] ) {
		$headers['X-WP-Nonce'] = $SESSIONS[ $site ]['nonce'];
	}
	$url = site_url_of( $site ) . $path . ( '' !== $o['query'] ? '?' . $o['query'] : '' );
	$res = http(
		array(
			'method'  => $o['method'],
			'url'     => $url,
			'headers' => $headers,
			'body'    => $o['body'],
		)
	);
	return write_fixture( $name, $site, $what, $o, $headers, $res );
}

function write_fixture( $name, $site, $what, array $o, array $req_headers, array $res ) {
	global $SITES, $WRITTEN, $out_dir;
	if ( isset( $WRITTEN[ $name ] ) ) {
		fwrite( STDERR, "duplicate fixture name $name\n" );
		exit( 1 );
	}
	// Request: credentials never recorded.
	$rh = array();
	foreach ( $req_headers as $k => $v ) {
		if ( 0 === strcasecmp( $k, 'Authorization' ) ) {
			$v = preg_replace( '/^(\S+)\s+(.+)$/', '$1 REDACTED', $v );
			if ( ! empty( $o['auth_header_public'] ) ) {
				$v = $req_headers[ $k ];
			}
		} elseif ( 0 === strcasecmp( $k, 'Cookie' ) ) {
			$v = preg_replace( '/=[^;]*/', '=REDACTED', $v );
		} elseif ( 0 === strcasecmp( $k, 'X-WP-Nonce' ) ) {
			$v = 'REDACTED';
		}
		$rh[ $k ] = $v;
	}
	// Response headers, in order; repeated names become a list.
	$resp_headers = array();
	$body         = $res['body'];
	$orig_body    = $body;
	foreach ( $res['headers'] as $h ) {
		list( $k, $v ) = $h;
		if ( in_array( strtolower( $k ), DROP_HEADERS, true ) ) {
			continue;
		}
		if ( 0 === strcasecmp( $k, 'X-WP-Nonce' ) ) {
			$v = 'REDACTED';
		} elseif ( 0 === strcasecmp( $k, 'Set-Cookie' ) ) {
			$v = preg_replace( '/^([^=]+)=[^;]*/', '$1=REDACTED', $v );
		}
		if ( ! isset( $resp_headers[ $k ] ) ) {
			$resp_headers[ $k ] = $v;
		} else {
			$resp_headers[ $k ]   = (array) $resp_headers[ $k ];
			$resp_headers[ $k ][] = $v;
		}
	}
	// Body: tokens and freshly created passwords, then any known secret anywhere.
	if ( isset( $o['redact_json'] ) ) {
		$j = json_decode( $body, true );
		foreach ( $o['redact_json'] as $key ) {
			if ( isset( $j[ $key ] ) ) {
				secret( $j[ $key ] );
			}
		}
	}
	$body = stabilize( scrub( $body ) );
	if ( $body !== $orig_body && isset( $resp_headers['Content-Length'] ) ) {
		$resp_headers['Content-Length'] = (string) strlen( $body );
	}
	$auth_desc = isset( $o['auth_desc'] ) ? $o['auth_desc'] : '';
	$fixture   = array(
		'producedBy' => $SITES[ $site ] . ': ' . $o['method'] . ' ' . $o['path'] . ( '' !== $o['query'] ? '?' . $o['query'] : '' ) . ( '' !== $what ? " $what" : '' ),
		'site'       => $site,
		'request'    => array(
			'method'  => $o['method'],
			'path'    => $o['path'],
			'query'   => $o['query'],
			'auth'    => $o['auth'],
			'headers' => (object) $rh,
			'body'    => isset( $o['body_shown'] ) ? $o['body_shown'] : $o['body'],
		),
		'response'   => array(
			'status'  => $res['status'],
			'headers' => (object) $resp_headers,
			'body'    => $body,
		),
	);
	$json = json_encode( $fixture, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	$json = stabilize( scrub( $json ) ) . "\n";
	file_put_contents( "$out_dir/$name.json", $json );
	$WRITTEN[ $name ] = $res['status'];
	printf( "  %3d  %s\n", $res['status'], $name );
	return $res;
}

/* ------------------------------------------------------------------ scenarios */
$me    = '/wp-json/wp/v2/users/me';
$posts = '/wp-json/wp/v2/posts';
$a     = $U['admin'];
$B = array(
	'admin'      => basic( $a['login'], $a['app'] ),
	'author'     => basic( $U['author']['login'], $U['author']['app'] ),
	'subscriber' => basic( $U['subscriber']['login'], $U['subscriber']['app'] ),
	'login'      => basic( $a['login'], $a['pass'] ),
	'nospace'    => basic( $a['login'], str_replace( ' ', '', $a['app'] ) ),
	'email'      => basic( $a['email'], $a['app'] ),
	'lower'      => 'basic ' . base64_encode( $a['login'] . ':' . str_replace( ' ', '', $a['app'] ) ),
	'garbage'    => 'Basic ' . base64_encode( $a['login'] . ':abcd efgh ijkl mnop qrst uvwx' ),
	'nouser'     => 'Basic ' . base64_encode( 'no-such-user:abcd efgh ijkl mnop qrst uvwx' ),
	'noemail'    => 'Basic ' . base64_encode( 'no-such-user@example.com:abcd efgh ijkl mnop qrst uvwx' ),
	'earlylogin' => basic( $a['login'], $a['pass'] ),
);
secret( base64_encode( $a['login'] . ':' . str_replace( ' ', '', $a['app'] ) ) );
function auth( $h ) {
	return array( 'Authorization' => $h );
}
$form = array( 'Content-Type' => 'application/x-www-form-urlencoded' );

echo "index\n";
foreach ( array( 'modphp', 'stripped', 'https', 'jwt', 'earlyuser' ) as $s ) {
	rec( "index." . ( "stripped" === $s ? "stripped-header" : $s ), $s, '(anonymous)', array( 'path' => '/wp-json/' ) );
}
rec( 'index.production-http', 'production', '(anonymous): authentication is an empty array', array( 'path' => '/wp-json/' ) );
rec( 'index.norewrite-rest-route', 'norewrite', '(anonymous)', array( 'path' => '/', 'query' => 'rest_route=/' ) );
rec( 'wp-json.norewrite-apache-404', 'norewrite', "(anonymous): Apache's own 404, WordPress never runs", array( 'path' => '/wp-json/' ) );
rec( 'wp-json.no-trailing-slash.modphp', 'modphp', '(anonymous, HEAD)', array( 'method' => 'HEAD', 'path' => '/wp-json' ) );
rec( 'index.basic-bad-app-password.earlyuser', 'earlyuser', 'with Authorization: Basic (admin username + a wrong application password)', array( 'path' => '/wp-json/', 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );

echo "users/me\n";
rec( 'users-me.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => $me ) );
foreach ( array( 'admin', 'author', 'subscriber' ) as $r ) {
	rec( "users-me.basic-valid.$r.modphp", 'modphp', "with Authorization: Basic ($r username + application password)", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B[ $r ] ) ) );
}
rec( 'users-me.basic-valid-no-spaces.modphp', 'modphp', 'with Authorization: Basic (admin username + application password without its spaces)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['nospace'] ) ) );
rec( 'users-me.basic-valid-email.modphp', 'modphp', 'with Authorization: Basic (admin e-mail + application password)', array( 'path' => $me, 'auth' => 'basic-app-password-email', 'headers' => auth( $B['email'] ) ) );
rec( 'users-me.basic-valid-lowercase-scheme.modphp', 'modphp', "with Authorization: basic (lower-case scheme; admin username + application password)", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['lower'] ) ) );
rec( 'users-me.basic-login-password.modphp', 'modphp', 'with Authorization: Basic (admin username + login password)', array( 'path' => $me, 'auth' => 'basic-login-password', 'headers' => auth( $B['login'] ) ) );
rec( 'users-me.basic-bad-app-password.modphp', 'modphp', 'with Authorization: Basic (admin username + a wrong application password)', array( 'path' => $me, 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );
rec( 'users-me.basic-unknown-user.modphp', 'modphp', 'with Authorization: Basic (unknown username)', array( 'path' => $me, 'auth' => 'basic-unknown-user', 'headers' => auth( $B['nouser'] ) ) );
rec( 'users-me.basic-malformed.modphp', 'modphp', 'with Authorization: Basic not-base64! (malformed)', array( 'path' => $me, 'auth' => 'basic-malformed', 'headers' => auth( 'Basic not-base64!' ), 'auth_header_public' => true ) );
rec( 'users-me.bearer.modphp', 'modphp', 'with Authorization: Bearer (no JWT plugin on this site)', array( 'path' => $me, 'auth' => 'bearer-no-plugin', 'headers' => auth( 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.not-a-real-token' ), 'auth_header_public' => true ) );
rec( 'users-me.basic-valid.stripped-header', 'stripped', 'with Authorization: Basic (admin username + valid application password), which the server drops', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.basic-valid.https', 'https', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.basic-valid.production-http', 'production', 'with Authorization: Basic (admin username + application password), silently ignored', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.basic-valid.norewrite-rest-route', 'norewrite', 'with Authorization: Basic (admin username + application password)', array( 'path' => '/', 'query' => 'rest_route=/wp/v2/users/me', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.trailing-slash.basic-valid.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => "$me/", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.context-edit.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'query' => 'context=edit', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.envelope.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => $me, 'query' => '_envelope' ) );
rec( 'users-me.options.anonymous.modphp', 'modphp', 'without credentials', array( 'method' => 'OPTIONS', 'path' => $me ) );

echo "cookies + nonce\n";
$login_res = login( 'modphp' );
write_fixture(
	'wp-login.post.modphp',
	'modphp',
	'(form: log, pwd = admin login password, wp-submit, redirect_to, testcookie=1; with the wordpress_test_cookie cookie)',
	array(
		'method'     => 'POST',
		'path'       => '/wp-login.php',
		'query'      => '',
		'auth'       => 'form-login-password',
		'body_shown' => 'log=' . rawurlencode( $a['login'] ) . '&pwd=REDACTED&wp-submit=Log+In&redirect_to=' . rawurlencode( site_url_of( 'modphp' ) . '/wp-admin/' ) . '&testcookie=1',
	),
	array( 'Content-Type' => 'application/x-www-form-urlencoded', 'Cookie' => 'wordpress_test_cookie=WP%20Cookie%20check' ),
	$login_res
);
rec( 'admin-ajax.rest-nonce.cookies.modphp', 'modphp', 'with the login cookies (the body is the nonce)', array( 'path' => '/wp-admin/admin-ajax.php', 'query' => 'action=rest-nonce', 'auth' => 'cookies', 'cookies' => true ) );
rec( 'admin-ajax.rest-nonce.no-cookies.modphp', 'modphp', 'without cookies', array( 'path' => '/wp-admin/admin-ajax.php', 'query' => 'action=rest-nonce' ) );
rec( 'users-me.cookie-nonce.modphp', 'modphp', 'with the login cookies and X-WP-Nonce', array( 'path' => $me, 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true ) );
rec( 'users-me.cookie-nonce-query.modphp', 'modphp', 'with the login cookies and ?_wpnonce=', array( 'path' => $me, 'query' => '_wpnonce=' . $SESSIONS['modphp']['nonce'], 'auth' => 'cookie-nonce-query', 'cookies' => true ) );
rec( 'users-me.cookie-no-nonce.modphp', 'modphp', 'with the login cookies, no nonce', array( 'path' => $me, 'auth' => 'cookie-no-nonce', 'cookies' => true ) );
rec( 'users-me.cookie-bad-nonce.modphp', 'modphp', 'with the login cookies and a wrong X-WP-Nonce', array( 'path' => $me, 'auth' => 'cookie-bad-nonce', 'cookies' => true, 'headers' => array( 'X-WP-Nonce' => '0123456789' ) ) );
rec( 'users-me.nonce-no-cookie.modphp', 'modphp', 'with a valid X-WP-Nonce but no cookies', array( 'path' => $me, 'auth' => 'nonce-no-cookie', 'nonce' => true ) );
rec( 'posts.list.nonce-no-cookie.modphp', 'modphp', 'with a valid X-WP-Nonce but no cookies (public route)', array( 'path' => $posts, 'query' => 'per_page=1', 'auth' => 'nonce-no-cookie', 'nonce' => true ) );
rec( 'users-me.cookie-no-nonce-plus-basic-valid.modphp', 'modphp', 'with the login cookies (no nonce) and a valid Authorization: Basic (application password)', array( 'path' => $me, 'auth' => 'cookie-no-nonce+basic-app-password', 'cookies' => true, 'headers' => auth( $B['admin'] ) ) );
rec( 'site-health.authorization-header.modphp', 'modphp', "as Site Health does: admin cookies + X-WP-Nonce + Authorization: Basic base64('user:pwd')", array( 'path' => '/wp-json/wp-site-health/v1/tests/authorization-header', 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true, 'headers' => auth( 'Basic dXNlcjpwd2Q=' ), 'auth_header_public' => true ) );
rec( 'settings.cookie-nonce.admin.modphp', 'modphp', 'with the admin login cookies and X-WP-Nonce', array( 'path' => '/wp-json/wp/v2/settings', 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true ) );
rec( 'application-passwords.introspect.cookie-nonce.modphp', 'modphp', 'with the admin login cookies and X-WP-Nonce (no application password in use)', array( 'path' => "$me/application-passwords/introspect", 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true ) );
login( 'stripped' );
rec( 'users-me.cookie-nonce.stripped', 'stripped', 'with the login cookies and X-WP-Nonce', array( 'path' => $me, 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true ) );
rec( 'site-health.authorization-header.stripped', 'stripped', "as Site Health does: admin cookies + X-WP-Nonce + Authorization: Basic base64('user:pwd')", array( 'path' => '/wp-json/wp-site-health/v1/tests/authorization-header', 'auth' => 'cookie-nonce', 'cookies' => true, 'nonce' => true, 'headers' => auth( 'Basic dXNlcjpwd2Q=' ), 'auth_header_public' => true ) );

echo "posts and other collections\n";
rec( 'posts.list.page1.modphp', 'modphp', '(anonymous)', array( 'path' => $posts, 'query' => 'per_page=10' ) );
rec( 'posts.list.page2.modphp', 'modphp', '(anonymous)', array( 'path' => $posts, 'query' => 'per_page=10&page=2' ) );
$last = (int) ceil( (int) p( 'posts.published' ) / 10 );
rec( 'posts.list.last-page.modphp', 'modphp', '(anonymous)', array( 'path' => $posts, 'query' => "per_page=10&page=$last" ) );
rec( 'posts.list.page-out-of-range.modphp', 'modphp', '(anonymous)', array( 'path' => $posts, 'query' => 'per_page=10&page=' . ( $last + 1 ) ) );
rec( 'posts.list.page1.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => $posts, 'query' => 'per_page=10', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'posts.list.basic-bad-app-password.modphp', 'modphp', 'with Authorization: Basic (admin username + a wrong application password): ignored on a public route', array( 'path' => $posts, 'query' => 'per_page=2', 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );
rec( 'posts.list.norewrite-rest-route', 'norewrite', '(anonymous)', array( 'path' => '/', 'query' => 'rest_route=/wp/v2/posts&per_page=2' ) );
$list  = json_decode( http( array( 'method' => 'GET', 'url' => site_url_of( 'modphp' ) . "$posts?per_page=1&order=asc&orderby=id" ) )['body'], true );
$first = $list[0]['id'];
rec( 'posts.single.modphp', 'modphp', '(anonymous; the first test post)', array( 'path' => "$posts/$first" ) );
rec( 'posts.single.not-found.modphp', 'modphp', '(anonymous)', array( 'path' => "$posts/999999" ) );
rec( 'posts.status-draft.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => $posts, 'query' => 'status=draft' ) );
rec( 'posts.context-edit.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => $posts, 'query' => 'context=edit' ) );
rec( 'posts.options.anonymous.modphp', 'modphp', 'without credentials', array( 'method' => 'OPTIONS', 'path' => $posts ) );
rec( 'posts.options.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'method' => 'OPTIONS', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
$new_post = 'title=Created+by+the+fixture+recorder&status=draft&date=2024-07-01T12%3A00%3A00';
rec( 'posts.create.anonymous.modphp', 'modphp', 'without credentials', array( 'method' => 'POST', 'path' => $posts, 'headers' => $form, 'body' => $new_post ) );
rec( 'posts.create.subscriber.modphp', 'modphp', 'with Authorization: Basic (subscriber username + application password)', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['subscriber'] ), 'body' => $new_post ) );
rec( 'posts.create.bearer.modphp', 'modphp', 'with Authorization: Bearer (no JWT plugin on this site)', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'bearer-no-plugin', 'headers' => $form + auth( 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.not-a-real-token' ), 'body' => $new_post, 'auth_header_public' => true ) );
rec( 'posts.create.basic-valid.stripped-header', 'stripped', 'with Authorization: Basic (admin username + valid application password), which the server drops', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['admin'] ), 'body' => $new_post ) );
$created = rec( 'posts.create.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['admin'] ), 'body' => $new_post ) );
$new_id = json_decode( $created['body'], true )['id'];
rec( 'posts.delete.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'method' => 'DELETE', 'path' => "$posts/$new_id", 'query' => 'force=true', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'posts.delete.author-not-own.modphp', 'modphp', "with Authorization: Basic (author username + application password), the admin's post", array( 'method' => 'DELETE', 'path' => "$posts/$first", 'auth' => 'basic-app-password', 'headers' => auth( $B['author'] ) ) );
rec( 'pages.list.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/pages' ) );
rec( 'categories.list.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/categories' ) );
rec( 'tags.list.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/tags' ) );
rec( 'comments.list.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/comments' ) );
rec( 'media.list.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/media' ) );
rec( 'users.list.anonymous.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/users' ) );
rec( 'route-unknown.modphp', 'modphp', '(anonymous)', array( 'path' => '/wp-json/wp/v2/no-such-route' ) );
rec( 'plugins.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => '/wp-json/wp/v2/plugins' ) );

echo "settings\n";
rec( 'settings.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => '/wp-json/wp/v2/settings', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'settings.anonymous.modphp', 'modphp', 'without credentials', array( 'path' => '/wp-json/wp/v2/settings' ) );
rec( 'settings.subscriber.modphp', 'modphp', 'with Authorization: Basic (subscriber username + application password)', array( 'path' => '/wp-json/wp/v2/settings', 'auth' => 'basic-app-password', 'headers' => auth( $B['subscriber'] ) ) );

echo "application passwords\n";
rec( 'application-passwords.list.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => "$me/application-passwords", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'application-passwords.introspect.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'path' => "$me/application-passwords/introspect", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'application-passwords.introspect.basic-valid.stripped-header', 'stripped', 'with Authorization: Basic (admin username + valid application password), which the server drops', array( 'path' => "$me/application-passwords/introspect", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'application-passwords.list.production-http', 'production', 'with Authorization: Basic (admin username + application password), silently ignored', array( 'path' => "$me/application-passwords", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
$ap = rec( 'application-passwords.create.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password); the new password is redacted', array( 'method' => 'POST', 'path' => "$me/application-passwords", 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['admin'] ), 'body' => 'name=fixture-recorder', 'redact_json' => array( 'password' ) ) );
$ap_uuid = json_decode( $ap['body'], true )['uuid'];
rec( 'application-passwords.delete.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password)', array( 'method' => 'DELETE', 'path' => "$me/application-passwords/$ap_uuid", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "batch/v1\n";
$json  = array( 'Content-Type' => 'application/json' );
$posts_route = '/wp/v2/posts';
$bc = rec( 'batch.create.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password): two drafts created in one batch', array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['admin'] ), 'body' => json_encode( array( 'requests' => array( array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch A', 'status' => 'draft' ) ), array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch B', 'status' => 'draft' ) ) ) ) ) ) );
$batch_ids = array_map( function ( $r ) { return $r['body']['id']; }, json_decode( $bc['body'], true )['responses'] );
$bm = rec( 'batch.mixed.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password): a create, an update, and a delete of a post that does not exist', array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['admin'] ), 'body' => json_encode( array( 'requests' => array( array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch C', 'status' => 'draft' ) ), array( 'path' => "$posts_route/" . $batch_ids[0], 'body' => array( 'title' => 'fixture batch A, renamed' ) ), array( 'method' => 'DELETE', 'path' => "$posts_route/999999?force=true" ) ) ) ) ) );
$batch_ids[] = json_decode( $bm['body'], true )['responses'][0]['body']['id'];
rec( 'batch.require-all-validate.invalid.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password): validation=require-all-validate, the second create has an invalid status; nothing is created', array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['admin'] ), 'body' => json_encode( array( 'validation' => 'require-all-validate', 'requests' => array( array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch never created', 'status' => 'draft' ) ), array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch invalid', 'status' => 'not-a-status' ) ) ) ) ) ) );
rec( 'batch.delete-others.author.modphp', 'modphp', "with Authorization: Basic (author username + application password): deleting the admin's posts", array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['author'] ), 'body' => json_encode( array( 'requests' => array( array( 'method' => 'DELETE', 'path' => "$posts_route/" . $batch_ids[0] . '?force=true' ) ) ) ) ) );
rec( 'batch.too-many.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password): 26 creates, one more than maxItems', array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['admin'] ), 'body' => json_encode( array( 'requests' => array_fill( 0, 26, array( 'path' => $posts_route, 'body' => array( 'title' => 'fixture batch too many', 'status' => 'draft' ) ) ) ) ) ) );
rec( 'batch.delete.admin.modphp', 'modphp', 'with Authorization: Basic (admin username + application password): the posts created above, deleted permanently', array( 'method' => 'POST', 'path' => '/wp-json/batch/v1', 'auth' => 'basic-app-password', 'headers' => $json + auth( $B['admin'] ), 'body' => json_encode( array( 'requests' => array_map( function ( $id ) use ( $posts_route ) { return array( 'method' => 'DELETE', 'path' => "$posts_route/$id?force=true" ); }, $batch_ids ) ) ) ) );

echo "JWT\n";
rec( 'jwt-auth-token.no-plugin.modphp', 'modphp', '(form: username, password; no JWT plugin on this site)', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token', 'auth' => 'form-login-password', 'headers' => $form, 'body' => 'username=' . rawurlencode( $a['login'] ) . '&password=' . rawurlencode( $a['pass'] ), 'body_shown' => 'username=' . rawurlencode( $a['login'] ) . '&password=REDACTED' ) );
$tok = rec( 'jwt-auth-token.valid.jwt', 'jwt', '(form: username + login password); the token is redacted', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token', 'auth' => 'form-login-password', 'headers' => $form, 'body' => 'username=' . rawurlencode( $a['login'] ) . '&password=' . rawurlencode( $a['pass'] ), 'body_shown' => 'username=' . rawurlencode( $a['login'] ) . '&password=REDACTED', 'redact_json' => array( 'token' ) ) );
$token = json_decode( $tok['body'], true )['token'];
secret( $token );
rec( 'jwt-auth-token.wrong-password.jwt', 'jwt', '(form: admin username + a wrong password)', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token', 'auth' => 'form-wrong-password', 'headers' => $form, 'body' => 'username=' . rawurlencode( $a['login'] ) . '&password=wrong-password', 'body_shown' => 'username=' . rawurlencode( $a['login'] ) . '&password=REDACTED' ) );
rec( 'jwt-auth-token.unknown-user.jwt', 'jwt', '(form: unknown username)', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token', 'auth' => 'form-unknown-user', 'headers' => $form, 'body' => 'username=no-such-user&password=wrong-password', 'body_shown' => 'username=no-such-user&password=REDACTED' ) );
rec( 'jwt-auth-validate.valid.jwt', 'jwt', 'with Authorization: Bearer (a valid token)', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token/validate', 'auth' => 'bearer-valid', 'headers' => auth( "Bearer $token" ) ) );
rec( 'jwt-auth-validate.no-header.jwt', 'jwt', 'without an Authorization header', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token/validate' ) );
rec( 'jwt-auth-validate.bad-token.jwt', 'jwt', 'with Authorization: Bearer not-a-token', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token/validate', 'auth' => 'bearer-invalid', 'headers' => auth( 'Bearer not-a-token' ), 'auth_header_public' => true ) );
rec( 'jwt-auth-validate.bad-signature.jwt', 'jwt', 'with Authorization: Bearer (a token signed with another key)', array( 'method' => 'POST', 'path' => '/wp-json/jwt-auth/v1/token/validate', 'auth' => 'bearer-invalid', 'headers' => auth( 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjgwODYifQ.c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5' ), 'auth_header_public' => true ) );
rec( 'users-me.jwt-bearer-valid.jwt', 'jwt', 'with Authorization: Bearer (a valid token)', array( 'path' => $me, 'auth' => 'bearer-valid', 'headers' => auth( "Bearer $token" ) ) );
rec( 'users-me.jwt-bearer-invalid.jwt', 'jwt', 'with Authorization: Bearer not-a-token', array( 'path' => $me, 'auth' => 'bearer-invalid', 'headers' => auth( 'Bearer not-a-token' ), 'auth_header_public' => true ) );
rec( 'posts.list.jwt-bearer-invalid.jwt', 'jwt', 'with Authorization: Bearer not-a-token (public route)', array( 'path' => $posts, 'query' => 'per_page=1', 'auth' => 'bearer-invalid', 'headers' => auth( 'Bearer not-a-token' ), 'auth_header_public' => true ) );
rec( 'users-me.basic-valid.jwt', 'jwt', "with Authorization: Basic (admin username + application password): the JWT plugin rejects the non-Bearer header", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.anonymous.jwt', 'jwt', 'without credentials', array( 'path' => $me ) );

echo "early user lookup\n";
rec( 'users-me.basic-bad-app-password.earlyuser', 'earlyuser', 'with Authorization: Basic (admin username + a wrong application password)', array( 'path' => $me, 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );
rec( 'users-me.basic-login-password.earlyuser', 'earlyuser', 'with Authorization: Basic (admin username + login password)', array( 'path' => $me, 'auth' => 'basic-login-password', 'headers' => auth( $B['earlylogin'] ) ) );
rec( 'users-me.basic-unknown-username.earlyuser', 'earlyuser', 'with Authorization: Basic (unknown username)', array( 'path' => $me, 'auth' => 'basic-unknown-user', 'headers' => auth( $B['nouser'] ) ) );
rec( 'users-me.basic-unknown-email.earlyuser', 'earlyuser', 'with Authorization: Basic (unknown e-mail)', array( 'path' => $me, 'auth' => 'basic-unknown-email', 'headers' => auth( $B['noemail'] ) ) );
rec( 'users-me.basic-valid.earlyuser', 'earlyuser', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'posts.list.basic-bad-app-password.earlyuser', 'earlyuser', 'with Authorization: Basic (admin username + a wrong application password): breaks a public route', array( 'path' => $posts, 'query' => 'per_page=1', 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );

echo "XML-RPC\n";
function xmlrpc_body( $user, $pass ) {
	return "<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>"
		. '<param><value><string>' . htmlspecialchars( $user, ENT_XML1 ) . '</string></value></param>'
		. '<param><value><string>' . htmlspecialchars( $pass, ENT_XML1 ) . "</string></value></param></params></methodCall>\n";
}
$xml = array( 'Content-Type' => 'text/xml' );
foreach (
	array(
		array( 'xmlrpc.getUsersBlogs.app-password.stripped', 'stripped', $a['app'], 'app-password', 'admin username + application password, in the XML body' ),
		array( 'xmlrpc.getUsersBlogs.login-password.stripped', 'stripped', $a['pass'], 'login-password', 'admin username + login password, in the XML body' ),
		array( 'xmlrpc.getUsersBlogs.bad-password.stripped', 'stripped', 'abcd efgh ijkl mnop qrst uvwx', 'bad-password', 'admin username + a wrong password, in the XML body' ),
		array( 'xmlrpc.getUsersBlogs.app-password.modphp', 'modphp', $a['app'], 'app-password', 'admin username + application password, in the XML body' ),
		array( 'xmlrpc.getUsersBlogs.app-password.production-http', 'production', $a['app'], 'app-password', 'admin username + application password, in the XML body (Application Passwords unavailable)' ),
		array( 'xmlrpc.getUsersBlogs.login-password.production-http', 'production', $a['pass'], 'login-password', 'admin username + login password, in the XML body' ),
	) as $x
) {
	rec( $x[0], $x[1], "(wp.getUsersBlogs; $x[4])", array( 'method' => 'POST', 'path' => '/xmlrpc.php', 'auth' => "xmlrpc-$x[3]", 'headers' => $xml, 'body' => xmlrpc_body( $a['login'], $x[2] ), 'body_shown' => xmlrpc_body( $a['login'], 'REDACTED' ) ) );
}
rec( 'xmlrpc.get.modphp', 'modphp', '(GET instead of POST)', array( 'path' => '/xmlrpc.php' ) );

echo "home page\n";
rec( 'home.head.modphp', 'modphp', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'home.get.modphp', 'modphp', '(anonymous)', array( 'path' => '/' ) );
rec( 'home.head.norewrite', 'norewrite', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );

echo "redirect\n";
rec( 'redirect.get.users-me', 'redirect', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'redirect.get.index', 'redirect', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'redirect.post.posts', 'redirect', 'with Authorization: Basic (admin username + application password)', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['admin'] ), 'body' => $new_post ) );

echo "nginx + php-fpm\n";
rec( 'index.nginx', 'nginx', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'home.head.nginx', 'nginx', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'users-me.anonymous.nginx', 'nginx', 'without credentials', array( 'path' => $me ) );
rec( 'users-me.basic-valid.nginx', 'nginx', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "nginx reverse proxy dropping Authorization\n";
rec( 'index.nginxproxy', 'nginxproxy', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'home.head.nginxproxy', 'nginxproxy', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'users-me.basic-valid.nginxproxy', 'nginxproxy', 'with Authorization: Basic (admin username + valid application password), which the proxy drops', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'posts.create.basic-valid.nginxproxy', 'nginxproxy', 'with Authorization: Basic (admin username + valid application password), which the proxy drops', array( 'method' => 'POST', 'path' => $posts, 'auth' => 'basic-app-password', 'headers' => $form + auth( $B['admin'] ), 'body' => $new_post ) );
rec( 'xmlrpc.getUsersBlogs.app-password.nginxproxy', 'nginxproxy', '(wp.getUsersBlogs; admin username + application password, in the XML body)', array( 'method' => 'POST', 'path' => '/xmlrpc.php', 'auth' => 'xmlrpc-app-password', 'headers' => $xml, 'body' => xmlrpc_body( $a['login'], $a['app'] ), 'body_shown' => xmlrpc_body( $a['login'], 'REDACTED' ) ) );

echo "Application Passwords off for one user\n";
$au = $U['author'];
rec( 'index.appoffuser', 'appoffuser', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'users-me.basic-valid.author.appoffuser', 'appoffuser', "with Authorization: Basic (author username + the author's correct application password; Application Passwords are off for the author)", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['author'] ) ) );
rec( 'users-me.basic-valid.admin.appoffuser', 'appoffuser', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'xmlrpc.getUsersBlogs.app-password.author.appoffuser', 'appoffuser', "(wp.getUsersBlogs; author username + the author's correct application password, in the XML body)", array( 'method' => 'POST', 'path' => '/xmlrpc.php', 'auth' => 'xmlrpc-app-password', 'headers' => $xml, 'body' => xmlrpc_body( $au['login'], $au['app'] ), 'body_shown' => xmlrpc_body( $au['login'], 'REDACTED' ) ) );
rec( 'xmlrpc.getUsersBlogs.bad-password.author.appoffuser', 'appoffuser', '(wp.getUsersBlogs; author username + a wrong password, in the XML body)', array( 'method' => 'POST', 'path' => '/xmlrpc.php', 'auth' => 'xmlrpc-bad-password', 'headers' => $xml, 'body' => xmlrpc_body( $au['login'], 'abcd efgh ijkl mnop qrst uvwx' ) ) );

rec( 'users-me.basic-valid.author.appoffuserearly', 'appoffuserearly', "with Authorization: Basic (author username + the author's correct application password; Application Passwords are off for the author)", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['author'] ) ) );
rec( 'users-me.basic-bad-app-password.author.appoffuserearly', 'appoffuserearly', 'with Authorization: Basic (author username + a wrong application password)', array( 'path' => $me, 'auth' => 'basic-bad-app-password', 'headers' => auth( 'Basic ' . base64_encode( $au['login'] . ':abcd efgh ijkl mnop qrst uvwx' ) ) ) );

echo "Application Passwords off site-wide\n";
foreach ( array( 'appoffsite', 'appoffhttps' ) as $s ) {
	rec( "index.$s", $s, '(anonymous): authentication is an empty array', array( 'path' => '/wp-json/' ) );
	rec( "users-me.basic-valid.$s", $s, 'with Authorization: Basic (admin username + application password), silently ignored', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
	rec( "application-passwords.list.$s", $s, 'with Authorization: Basic (admin username + application password)', array( 'path' => "$me/application-passwords", 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
}

echo "anonymous REST blocked by a plugin\n";
rec( 'index.blockanon', 'blockanon', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'index.rest-route.blockanon', 'blockanon', '(anonymous)', array( 'path' => '/', 'query' => 'rest_route=/' ) );
rec( 'home.head.blockanon', 'blockanon', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'posts.list.anonymous.blockanon', 'blockanon', '(anonymous)', array( 'path' => $posts, 'query' => 'per_page=1' ) );
rec( 'users-me.anonymous.blockanon', 'blockanon', 'without credentials', array( 'path' => $me ) );
rec( 'users-me.basic-bad-app-password.blockanon', 'blockanon', 'with Authorization: Basic (admin username + a wrong application password)', array( 'path' => $me, 'auth' => 'basic-bad-app-password', 'headers' => auth( $B['garbage'] ) ) );
rec( 'users-me.basic-login-password.blockanon', 'blockanon', 'with Authorization: Basic (admin username + login password)', array( 'path' => $me, 'auth' => 'basic-login-password', 'headers' => auth( $B['login'] ) ) );
rec( 'users-me.basic-valid.blockanon', 'blockanon', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "token plugin claiming every Authorization header\n";
rec( 'posts.list.basic-valid.jwt', 'jwt', 'with Authorization: Basic (admin username + application password): the JWT plugin rejects the non-Bearer header on a public route too', array( 'path' => $posts, 'query' => 'per_page=1', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "http -> https\n";
rec( 'upgrade.get.home', 'upgrade', '(anonymous)', array( 'path' => '/' ) );
rec( 'upgrade.get.index', 'upgrade', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'upgrade.get.users-me', 'upgrade', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'index.httpsdefault', 'httpsdefault', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'home.head.httpsdefault', 'httpsdefault', '(anonymous)', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'users-me.basic-valid.httpsdefault', 'httpsdefault', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'redirectport.get.home', 'redirectport', '(anonymous)', array( 'path' => '/' ) );
rec( 'redirectport.get.index', 'redirectport', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'redirectport.get.users-me', 'redirectport', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "pretty permalinks without rewrite rules\n";
rec( 'home.head.lostrewrite', 'lostrewrite', '(anonymous): advertises /wp-json/', array( 'method' => 'HEAD', 'path' => '/' ) );
rec( 'wp-json.lostrewrite-apache-404', 'lostrewrite', "(anonymous): the advertised root is Apache's own 404", array( 'path' => '/wp-json/' ) );
rec( 'users-me.basic-valid.lostrewrite-apache-404', 'lostrewrite', 'with Authorization: Basic (admin username + application password)', array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );
rec( 'users-me.basic-valid.lostrewrite-rest-route', 'lostrewrite', 'with Authorization: Basic (admin username + application password)', array( 'path' => '/', 'query' => 'rest_route=/wp/v2/users/me', 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "staging password in front of the site\n";
rec( 'home.get.basicauth', 'basicauth', '(anonymous)', array( 'path' => '/' ) );
rec( 'index.basicauth', 'basicauth', '(anonymous)', array( 'path' => '/wp-json/' ) );
rec( 'users-me.basic-valid.basicauth', 'basicauth', "with Authorization: Basic (admin username + application password), which Apache checks against its own password file", array( 'path' => $me, 'auth' => 'basic-app-password', 'headers' => auth( $B['admin'] ) ) );

echo "wp-login.php, unknown user\n";
$nouser_body = 'log=no-such-user&pwd=' . rawurlencode( $a['pass'] ) . '&wp-submit=Log+In&redirect_to=' . rawurlencode( site_url_of( 'modphp' ) . '/wp-admin/' ) . '&testcookie=1';
$nouser_headers = array( 'Content-Type' => 'application/x-www-form-urlencoded', 'Cookie' => 'wordpress_test_cookie=WP%20Cookie%20check' );
write_fixture(
	'wp-login.post.unknown-user.modphp',
	'modphp',
	'(form: log = an unknown username, pwd = a password, wp-submit, redirect_to, testcookie=1; with the wordpress_test_cookie cookie)',
	array(
		'method'     => 'POST',
		'path'       => '/wp-login.php',
		'query'      => '',
		'auth'       => 'form-unknown-user',
		'body_shown' => str_replace( rawurlencode( $a['pass'] ), 'REDACTED', $nouser_body ),
	),
	$nouser_headers,
	http( array( 'method' => 'POST', 'url' => site_url_of( 'modphp' ) . '/wp-login.php', 'headers' => $nouser_headers, 'body' => $nouser_body ) )
);

/* ------------------------------------------------------------------ final secret scan */
$leaks = 0;
foreach ( glob( "$out_dir/*.json" ) as $f ) {
	$text = file_get_contents( $f );
	foreach ( array_keys( $SECRETS ) as $s ) {
		foreach ( secret_forms( $s ) as $form_s ) {
			if ( false !== strpos( $text, $form_s ) ) {
				fwrite( STDERR, 'a secret is left in ' . basename( $f ) . "\n" );
				$leaks++;
			}
		}
	}
}
if ( $leaks ) {
	exit( 1 );
}
printf( "%d fixtures recorded\n", count( $WRITTEN ) );
