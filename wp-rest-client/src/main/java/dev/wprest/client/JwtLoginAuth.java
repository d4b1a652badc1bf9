package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.internal.CredentialCheck;
import dev.wprest.client.internal.FailedExchanges;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.SecretSet;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Obtains a token from a JWT plugin's token route and sends it as a bearer token. */
final class JwtLoginAuth implements AuthStrategy {
  /** Codes with which the JWT plugins say "this token is not (or no longer) good". */
  private static final Set<String> STALE_TOKEN_CODES =
      Set.of(
          "jwt_auth_invalid_token", "invalid_token", "obsolete_token", "jwt_auth_obsolete_token");

  private final JwtPlugin plugin;
  private final String username;
  private final String password;
  private final Object lock = new Object();
  private volatile String token;

  /** "JWT Auth" (v3) sets a refresh token cookie with the access token: it renews the token. */
  private volatile String refreshToken;

  private final SecretSet secrets = new SecretSet();

  JwtLoginAuth(JwtPlugin plugin, String username, String password) {
    this.plugin = requireNonNull(plugin, "plugin == null");
    this.username = requireNonNull(username, "username == null");
    this.password = requireNonNull(password, "password == null");
    CredentialCheck.sendable(scheme(), "username", username);
    CredentialCheck.sendable(scheme(), "password", password);
    secrets.add(username, password);
  }

  @Override
  public String scheme() {
    return AuthScheme.BEARER;
  }

  @Override
  public boolean sendsCredentials() {
    return true;
  }

  @Override
  public Map<String, String> credentials(AuthContext context) {
    synchronized (lock) {
      if (token == null) {
        String issued = refreshed(context).orElseGet(() -> obtainToken(context));
        secrets.add(issued);
        token = CredentialCheck.headerValue(scheme(), "token the plugin issued", issued);
      }
      return Map.of("Authorization", "Bearer " + token);
    }
  }

  @Override
  public boolean refreshAfter(AuthContext context, WordPressApiException failure) {
    if (!STALE_TOKEN_CODES.contains(failure.code().orElse(""))) {
      return false;
    }
    synchronized (lock) {
      token = null;
    }
    return true;
  }

  @Override
  public CredentialFacts facts() {
    return CredentialFacts.builder()
        .username(username)
        .jwtPlugin(plugin.name())
        .tokenShape(CredentialFacts.TokenShape.JWT)
        .build();
  }

  @Deprecated
  @Override
  public String redact(String text) {
    return secrets.redact(text);
  }

  @Override
  public String toString() {
    return "JwtLoginAuth{plugin=" + plugin + ", username=" + username + ", password=[REDACTED]}";
  }

  /**
   * "JWT Auth" renews an expired access token from its refresh token cookie, without the password:
   * {@code POST /jwt-auth/v1/token} with the cookie and no credentials in the body.
   */
  private java.util.Optional<String> refreshed(AuthContext context) {
    String refresh = refreshToken;
    if (plugin != JwtPlugin.JWT_AUTH || refresh == null) {
      return java.util.Optional.empty();
    }
    HttpRequest request =
        context
            .newRequest(context.routeUri("/jwt-auth/v1/token"))
            .header("Accept", "application/json")
            .header("Cookie", "refresh_token=" + refresh)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<byte[]> response = context.send(request, true);
    JsonNode tokenNode = readJson(context, response).path("data").path("token");
    if (response.statusCode() / 100 == 2
        && tokenNode.isTextual()
        && !tokenNode.asText().isBlank()) {
      keepRefreshToken(response);
      return java.util.Optional.of(tokenNode.asText());
    }
    // The refresh token expired or was revoked: log in again with the password.
    refreshToken = null;
    return java.util.Optional.empty();
  }

  private void keepRefreshToken(HttpResponse<byte[]> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0].strip();
      if (pair.startsWith("refresh_token=") && pair.length() > "refresh_token=".length()) {
        refreshToken = pair.substring("refresh_token=".length());
        secrets.add(refreshToken);
      }
    }
  }

  private static JsonNode readJson(AuthContext context, HttpResponse<byte[]> response) {
    try {
      return context.objectMapper().readTree(response.body());
    } catch (IOException e) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  private String obtainToken(AuthContext context) {
    byte[] body;
    try {
      body =
          context
              .objectMapper()
              .writeValueAsBytes(Map.of("username", username, "password", password));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the token request", e);
    }
    HttpRequest request =
        context
            .newRequest(context.routeUri("/jwt-auth/v1/token"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = context.send(request, true);
    JsonNode json = readJson(context, response);
    keepRefreshToken(response);
    JsonNode tokenNode =
        plugin == JwtPlugin.JWT_AUTH ? json.path("data").path("token") : json.path("token");
    if (response.statusCode() / 100 == 2
        && tokenNode.isTextual()
        && !tokenNode.asText().isBlank()) {
      return tokenNode.asText();
    }
    String code = json.path("code").asText("");
    throw new LoginFailedException(
        "the JWT plugin's token route "
            + Redaction.uri(request.uri())
            + " answered "
            + response.statusCode()
            + (code.isEmpty() ? "" : " " + code)
            + (response.statusCode() == 404
                ? ": no JWT plugin answers on this site (is it installed and active?)"
                : ": it did not issue a token for these credentials"),
        FailedExchanges.of(response, this, true, List.of(), !code.isEmpty()),
        null);
  }
}
