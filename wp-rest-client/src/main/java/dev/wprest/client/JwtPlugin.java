package dev.wprest.client;

/** The two common JWT plugins, whose token routes answer differently. */
public enum JwtPlugin {
  /**
   * "JWT Authentication for WP REST API": {@code POST /jwt-auth/v1/token} answers {@code {"token":
   * "..."}}; errors are 403 with {@code jwt_auth_*} codes.
   */
  JWT_AUTHENTICATION_FOR_WP_REST_API,
  /**
   * "JWT Auth" (useful-team): the same route answers an envelope {@code {"success", "statusCode",
   * "code", "message", "data": {"token": "..."}}}.
   */
  JWT_AUTH
}
