<?php
/**
 * Plugin Name: wp-rest IT: JWT test auth
 * Description: Test double of the "JWT Authentication for WP REST API" plugin (namespace
 *              jwt-auth/v1) for the wp-rest integration tests. Same routes, same error codes,
 *              same hooks (determine_current_user, rest_pre_dispatch), real HS256 JWTs signed
 *              with JWT_AUTH_SECRET_KEY. Not a security product: test sites only.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

final class WPIT_JWT_Test_Auth {
	const NS = 'jwt-auth/v1';

	/** @var WP_Error|null error found while looking at the Authorization header of a REST request */
	private static $jwt_error = null;

	public static function init() {
		add_action( 'rest_api_init', array( __CLASS__, 'routes' ) );
		add_filter( 'determine_current_user', array( __CLASS__, 'determine_current_user' ), 10 );
		add_filter( 'rest_pre_dispatch', array( __CLASS__, 'rest_pre_dispatch' ), 10, 2 );
	}

	public static function routes() {
		register_rest_route(
			self::NS,
			'token',
			array(
				'methods'             => 'POST',
				'callback'            => array( __CLASS__, 'generate_token' ),
				'permission_callback' => '__return_true',
			)
		);
		register_rest_route(
			self::NS,
			'token/validate',
			array(
				'methods'             => 'POST',
				'callback'            => array( __CLASS__, 'validate_token' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	private static function secret() {
		return defined( 'JWT_AUTH_SECRET_KEY' ) ? JWT_AUTH_SECRET_KEY : false;
	}

	/** POST jwt-auth/v1/token: username + login password -> token. */
	public static function generate_token( WP_REST_Request $request ) {
		$secret = self::secret();
		if ( ! $secret ) {
			return new WP_Error( 'jwt_auth_bad_config', 'JWT is not configured properly, please contact the admin', array( 'status' => 403 ) );
		}
		$user = wp_authenticate( (string) $request->get_param( 'username' ), (string) $request->get_param( 'password' ) );
		if ( is_wp_error( $user ) ) {
			$code = $user->get_error_code();
			return new WP_Error( '[jwt_auth] ' . $code, $user->get_error_message( $code ), array( 'status' => 403 ) );
		}
		$now   = time();
		$claims = array(
			'iss'  => get_bloginfo( 'url' ),
			'iat'  => $now,
			'nbf'  => $now,
			'exp'  => $now + 7 * DAY_IN_SECONDS,
			'data' => array( 'user' => array( 'id' => (string) $user->data->ID ) ),
		);
		return array(
			'token'             => self::encode( $claims, $secret ),
			'user_email'        => $user->data->user_email,
			'user_nicename'     => $user->data->user_nicename,
			'user_display_name' => $user->data->display_name,
		);
	}

	/** POST jwt-auth/v1/token/validate, and the check behind determine_current_user. */
	public static function validate_token( $output = true ) {
		$auth = isset( $_SERVER['HTTP_AUTHORIZATION'] ) ? $_SERVER['HTTP_AUTHORIZATION'] : false;
		if ( ! $auth ) {
			$auth = isset( $_SERVER['REDIRECT_HTTP_AUTHORIZATION'] ) ? $_SERVER['REDIRECT_HTTP_AUTHORIZATION'] : false;
		}
		if ( ! $auth ) {
			return new WP_Error( 'jwt_auth_no_auth_header', 'Authorization header not found.', array( 'status' => 403 ) );
		}
		list( $token ) = sscanf( $auth, 'Bearer %s' );
		if ( ! $token ) {
			return new WP_Error( 'jwt_auth_bad_auth_header', 'Authorization header malformed.', array( 'status' => 403 ) );
		}
		$secret = self::secret();
		if ( ! $secret ) {
			return new WP_Error( 'jwt_auth_bad_config', 'JWT is not configured properly, please contact the admin', array( 'status' => 403 ) );
		}
		try {
			$claims = self::decode( $token, $secret );
			if ( ! isset( $claims->iss ) || $claims->iss !== get_bloginfo( 'url' ) ) {
				return new WP_Error( 'jwt_auth_bad_iss', 'The iss do not match with this server', array( 'status' => 403 ) );
			}
			if ( ! isset( $claims->data->user->id ) ) {
				return new WP_Error( 'jwt_auth_bad_request', 'User ID not found in the token', array( 'status' => 403 ) );
			}
			if ( ! $output ) { // as a REST callback $output is the (truthy) WP_REST_Request
				return $claims;
			}
			return array(
				'code' => 'jwt_auth_valid_token',
				'data' => array( 'status' => 200 ),
			);
		} catch ( Exception $e ) {
			return new WP_Error( 'jwt_auth_invalid_token', $e->getMessage(), array( 'status' => 403 ) );
		}
	}

	/** Like the plugin: only REST URLs (containing the REST prefix), never token/validate itself. */
	public static function determine_current_user( $user ) {
		$uri = isset( $_SERVER['REQUEST_URI'] ) ? $_SERVER['REQUEST_URI'] : '';
		if ( ! strpos( $uri, rest_get_url_prefix() ) ) {
			return $user;
		}
		if ( strpos( $uri, 'token/validate' ) > 0 ) {
			return $user;
		}
		$claims = self::validate_token( false );
		if ( is_wp_error( $claims ) ) {
			if ( 'jwt_auth_no_auth_header' !== $claims->get_error_code() ) {
				self::$jwt_error = $claims; // answered by rest_pre_dispatch
			}
			return $user;
		}
		return (int) $claims->data->user->id;
	}

	public static function rest_pre_dispatch( $result, $server = null ) {
		if ( is_wp_error( self::$jwt_error ) ) {
			return self::$jwt_error;
		}
		return $result;
	}

	/* ---------------------------------------------------------------- HS256 JWT */

	private static function b64url_encode( $data ) {
		return rtrim( strtr( base64_encode( $data ), '+/', '-_' ), '=' );
	}

	private static function b64url_decode( $data ) {
		$pad = strlen( $data ) % 4;
		if ( $pad ) {
			$data .= str_repeat( '=', 4 - $pad );
		}
		return base64_decode( strtr( $data, '-_', '+/' ) );
	}

	private static function json_decode_strict( $json ) {
		$obj = json_decode( (string) $json, false, 512, JSON_BIGINT_AS_STRING );
		if ( json_last_error() ) {
			throw new DomainException( 'Syntax error, malformed JSON' );
		}
		return $obj;
	}

	private static function encode( array $claims, $secret ) {
		$head = self::b64url_encode( wp_json_encode( array( 'typ' => 'JWT', 'alg' => 'HS256' ) ) );
		$body = self::b64url_encode( wp_json_encode( $claims ) );
		$sig  = self::b64url_encode( hash_hmac( 'sha256', "$head.$body", $secret, true ) );
		return "$head.$body.$sig";
	}

	/** Same checks and messages as firebase/php-jwt, which the real plugin uses. */
	private static function decode( $jwt, $secret ) {
		$parts = explode( '.', $jwt );
		if ( 3 !== count( $parts ) ) {
			throw new UnexpectedValueException( 'Wrong number of segments' );
		}
		list( $head64, $body64, $sig64 ) = $parts;
		$header = self::json_decode_strict( self::b64url_decode( $head64 ) );
		if ( null === $header ) {
			throw new UnexpectedValueException( 'Invalid header encoding' );
		}
		$claims = self::json_decode_strict( self::b64url_decode( $body64 ) );
		if ( null === $claims ) {
			throw new UnexpectedValueException( 'Invalid claims encoding' );
		}
		$sig = self::b64url_decode( $sig64 );
		if ( false === $sig ) {
			throw new UnexpectedValueException( 'Invalid signature encoding' );
		}
		if ( empty( $header->alg ) ) {
			throw new UnexpectedValueException( 'Empty algorithm' );
		}
		if ( 'HS256' !== $header->alg ) {
			throw new UnexpectedValueException( 'Incorrect key for this algorithm' );
		}
		if ( ! hash_equals( hash_hmac( 'sha256', "$head64.$body64", $secret, true ), $sig ) ) {
			throw new UnexpectedValueException( 'Signature verification failed' );
		}
		$now = time();
		if ( isset( $claims->nbf ) && $claims->nbf > $now ) {
			throw new UnexpectedValueException( 'Cannot handle token prior to ' . gmdate( DateTime::ISO8601, (int) $claims->nbf ) );
		}
		if ( isset( $claims->exp ) && $now >= $claims->exp ) {
			throw new UnexpectedValueException( 'Expired token' );
		}
		return $claims;
	}
}

WPIT_JWT_Test_Auth::init();
