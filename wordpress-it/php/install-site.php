<?php
/**
 * Installs (or checks) one integration-test site with WordPress's own functions.
 * Idempotent: an installed site only gets its users and application passwords checked
 * against the state file. Never prints secrets.
 *
 * Usage: WPIT_PROPS=<state file> php install-site.php <site>
 */

$wpit_site = isset( $argv[1] ) ? $argv[1] : '';
define( 'WP_INSTALLING', true ); // no redirect to install.php, no plugins while installing
define( 'WP_IMPORTING', true );  // no pings/enclosure jobs for the generated posts
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

const WPIT_CONTENT_VERSION = '1';
const WPIT_POSTS           = 125;
const WPIT_APP_NAME        = 'wp-rest-it';
const WPIT_EPOCH           = '2024-01-01 09:00:00';

function wpit_log( $msg ) {
	echo '[' . WPIT_SITE . "] $msg\n";
}

$props  = $wpit_props;
$site   = $wpit_site;
$home   = rtrim( $props[ "site.$site.url" ], '/' );
$roles  = array(
	'admin'      => 'administrator',
	'author'     => 'author',
	'subscriber' => 'subscriber',
);
$pretty = isset( $props[ "site.$site.permalinks" ] )
	? 'pretty' === $props[ "site.$site.permalinks" ]
	: '?rest_route=/' !== $props[ "site.$site.rest_prefix" ]; // norewrite: plain permalinks

/* ------------------------------------------------------------------ install */
if ( ! is_blog_installed() ) {
	wpit_log( 'wp_install' );
	// wp_install() probes pretty permalinks with HTTP requests to the site; skip that,
	// the structure is set explicitly below.
	$skip_probe = function () {
		return '/%postname%/';
	};
	add_filter( 'pre_option_permalink_structure', $skip_probe );
	$result = wp_install(
		"wp-rest IT ($site)",
		$props['user.admin.login'],
		$props['user.admin.email'],
		false,
		'',
		wp_slash( $props['user.admin.password'] ),
		'en_US'
	);
	remove_filter( 'pre_option_permalink_structure', $skip_probe );
	if ( (int) $result['user_id'] !== (int) $props['user.admin.id'] ) {
		fwrite( STDERR, "unexpected admin id {$result['user_id']}\n" );
		exit( 1 );
	}
}

/* ------------------------------------------------------------------ options */
$options = array(
	'blogname'                       => "wp-rest IT ($site)",
	'blogdescription'                => 'A WordPress site for the wp-rest integration tests',
	'siteurl'                        => $home,
	'home'                           => $home,
	'permalink_structure'            => $pretty ? '/%postname%/' : '',
	'timezone_string'                => 'UTC',
	'gmt_offset'                     => 0,
	'admin_email_lifespan'           => time() + 10 * YEAR_IN_SECONDS, // no "verify admin e-mail" screen after login
	'ping_sites'                     => '',
	'default_pingback_flag'          => 0,
	'default_ping_status'            => 'closed',
	'uploads_use_yearmonth_folders'  => 0,
	'upload_path'                    => WP_CONTENT_DIR . "/uploads/wp-it-$site",
	'upload_url_path'                => "$home/wp-content/uploads/wp-it-$site",
	'users_can_register'             => 0,
	'posts_per_page'                 => 10,
	'comment_moderation'             => 0,
	'comment_previously_approved'    => 0,
	'wpit_install_id'                => WPIT_INSTALL_ID,
);
foreach ( $options as $name => $value ) {
	if ( get_option( $name ) != $value ) { // phpcs:ignore loose comparison on purpose
		update_option( $name, $value );
	}
}
if ( get_option( 'wpit_rewrite_for' ) !== get_option( 'permalink_structure' ) ) {
	flush_rewrite_rules( false );
	update_option( 'wpit_rewrite_for', get_option( 'permalink_structure' ) );
}

/* ------------------------------------------------------------------ users */
$ids = array();
foreach ( $roles as $key => $role ) {
	$login = $props[ "user.$key.login" ];
	$pass  = $props[ "user.$key.password" ];
	$user  = get_user_by( 'login', $login );
	if ( ! $user ) {
		$id = wp_insert_user(
			array(
				'user_login'      => $login,
				'user_email'      => $props[ "user.$key.email" ],
				'user_pass'       => $pass,
				'role'            => $role,
				'display_name'    => 'IT ' . ucfirst( $key ),
				'first_name'      => 'IT',
				'last_name'       => ucfirst( $key ),
				'nickname'        => $login,
				'user_registered' => WPIT_EPOCH,
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, "creating $key: " . $id->get_error_message() . "\n" );
			exit( 1 );
		}
		wpit_log( "created user $key" );
		$user = get_user_by( 'id', $id );
	} else {
		if ( ! wp_check_password( $pass, $user->user_pass, $user->ID ) ) {
			wp_set_password( $pass, $user->ID );
			wpit_log( "reset login password of $key" );
		}
		if ( ! in_array( $role, (array) $user->roles, true ) ) {
			$user->set_role( $role );
		}
	}
	if ( (int) $user->ID !== (int) $props[ "user.$key.id" ] ) {
		fwrite( STDERR, "unexpected id {$user->ID} for $key\n" );
		exit( 1 );
	}
	$ids[ $key ] = (int) $user->ID;
	// Stable, run-independent profile data (the fixtures show it).
	global $wpdb;
	$wpdb->update(
		$wpdb->users,
		array(
			'user_registered' => WPIT_EPOCH,
			'display_name'    => 'IT ' . ucfirst( $key ),
			'user_url'        => '',
		),
		array( 'ID' => $user->ID )
	);
	update_user_meta( $user->ID, 'first_name', 'IT' );
	update_user_meta( $user->ID, 'last_name', ucfirst( $key ) );
	update_user_meta( $user->ID, 'description', "The $key user of the wp-rest integration tests." );
	clean_user_cache( $user->ID );

	// One Application Password named wp-rest-it whose value is the one in the state file.
	// WordPress generates it (create_new_application_password); the random_password filter
	// makes it use our value so that every site shares the same credentials.
	$app_pw = str_replace( ' ', '', $props[ "user.$key.app_password" ] );
	$ok     = false;
	foreach ( WP_Application_Passwords::get_user_application_passwords( $user->ID ) as $item ) {
		if ( WPIT_APP_NAME === $item['name'] ) {
			if ( wp_check_password( $app_pw, $item['password'], $user->ID ) ) {
				$ok = true;
			} else {
				WP_Application_Passwords::delete_application_password( $user->ID, $item['uuid'] );
			}
		}
	}
	if ( ! $ok ) {
		$force = function () use ( $app_pw ) {
			return $app_pw;
		};
		add_filter( 'random_password', $force, 1000 );
		$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => WPIT_APP_NAME ) );
		remove_filter( 'random_password', $force, 1000 );
		if ( is_wp_error( $created ) || $created[0] !== $app_pw ) {
			fwrite( STDERR, "creating the application password of $key failed\n" );
			exit( 1 );
		}
		wpit_log( "created application password for $key" );
	}
}

/* ------------------------------------------------------------------ content */
if ( get_option( 'wpit_content_version' ) !== WPIT_CONTENT_VERSION ) {
	wpit_log( 'creating content' );
	wp_defer_term_counting( true );

	// Replace the default content (its dates would be the install time).
	foreach ( get_posts( array( 'post_type' => array( 'post', 'page' ), 'post_status' => 'any', 'numberposts' => -1 ) ) as $p ) {
		wp_delete_post( $p->ID, true );
	}
	foreach ( get_comments( array( 'status' => 'all' ) ) as $c ) {
		wp_delete_comment( $c->comment_ID, true );
	}

	$cats = array();
	foreach ( array( 'News', 'Guides', 'Releases' ) as $name ) {
		$t      = wp_insert_term( $name, 'category', array( 'description' => "$name about the test site." ) );
		$cats[] = is_wp_error( $t ) ? (int) $t->get_error_data( 'term_exists' ) : (int) $t['term_id'];
	}
	$tags = array( 'rest-api', 'authentication', 'application-passwords', 'java' );
	foreach ( $tags as $t ) {
		wp_insert_term( $t, 'post_tag' );
	}

	$base = strtotime( WPIT_EPOCH . ' UTC' );
	for ( $i = 1; $i <= WPIT_POSTS; $i++ ) {
		$date = gmdate( 'Y-m-d H:i:s', $base + ( $i - 1 ) * DAY_IN_SECONDS );
		$id   = wp_insert_post(
			array(
				'post_title'    => sprintf( 'Test post %03d', $i ),
				'post_name'     => sprintf( 'test-post-%03d', $i ),
				'post_content'  => sprintf( "<!-- wp:paragraph -->\n<p>Body of test post %03d. The wp-rest integration tests read it.</p>\n<!-- /wp:paragraph -->", $i ),
				'post_excerpt'  => sprintf( 'Excerpt of test post %03d.', $i ),
				'post_status'   => 'publish',
				'post_author'   => 0 === $i % 5 ? $ids['author'] : $ids['admin'],
				'post_date'     => $date,
				'post_date_gmt' => $date,
				'post_category' => array( $cats[ $i % 3 ] ),
				'tags_input'    => array( $tags[ $i % 4 ] ),
				'comment_status' => 'open',
				'ping_status'   => 'closed',
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, 'post: ' . $id->get_error_message() . "\n" );
			exit( 1 );
		}
		if ( 1 === $i ) {
			$first = $id;
		}
	}
	$date = gmdate( 'Y-m-d H:i:s', $base + 200 * DAY_IN_SECONDS );
	wp_insert_post(
		array(
			'post_title'    => 'Draft post',
			'post_name'     => 'draft-post',
			'post_content'  => '<p>Only visible to editors and the author.</p>',
			'post_status'   => 'draft',
			'post_author'   => $ids['admin'],
			'post_date'     => $date,
			'post_date_gmt' => $date,
		)
	);
	wp_insert_post(
		array(
			'post_title'    => 'About the test site',
			'post_name'     => 'about',
			'post_type'     => 'page',
			'post_content'  => "<!-- wp:paragraph -->\n<p>This site exists for the wp-rest integration tests.</p>\n<!-- /wp:paragraph -->",
			'post_status'   => 'publish',
			'post_author'   => $ids['admin'],
			'post_date'     => WPIT_EPOCH,
			'post_date_gmt' => WPIT_EPOCH,
			'comment_status' => 'closed',
		)
	);
	wp_insert_comment(
		array(
			'comment_post_ID'      => $first,
			'comment_author'       => 'A Reader',
			'comment_author_email' => 'reader@example.com',
			'comment_author_url'   => '',
			'comment_author_IP'    => '127.0.0.1',
			'comment_content'      => 'A first comment on the first test post.',
			'comment_approved'     => 1,
			'comment_date'         => '2024-01-02 10:00:00',
			'comment_date_gmt'     => '2024-01-02 10:00:00',
			'comment_agent'        => 'wp-rest-it',
		)
	);

	// One media item: a 1x1 PNG.
	$dir = wp_upload_dir();
	wp_mkdir_p( $dir['path'] );
	$file = $dir['path'] . '/pixel.png';
	file_put_contents( $file, base64_decode( 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' ) );
	$att = wp_insert_attachment(
		array(
			'post_title'     => 'Pixel',
			'post_name'      => 'pixel',
			'post_mime_type' => 'image/png',
			'post_status'    => 'inherit',
			'post_author'    => $ids['admin'],
			'post_date'      => WPIT_EPOCH,
			'post_date_gmt'  => WPIT_EPOCH,
			'guid'           => $dir['url'] . '/pixel.png',
		),
		$file,
		$first
	);
	wp_update_attachment_metadata( $att, wp_generate_attachment_metadata( $att, $file ) );
	update_post_meta( $att, '_wp_attachment_image_alt', 'A single pixel' );
	@chown( $dir['path'], 'www-data' );
	@chown( $file, 'www-data' );

	wp_defer_term_counting( false );
	update_option( 'wpit_content_version', WPIT_CONTENT_VERSION );
}

wpit_log( 'ok' );
