package dev.wprest.spring.boot;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressEventListener;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.PropertyResolver;

/** Builds the client from the properties, refusing properties that cannot work. */
final class WordPressClientFactory {
  private final WordPressProperties properties;
  private final PropertyResolver environment;

  WordPressClientFactory(WordPressProperties properties, PropertyResolver environment) {
    this.properties = properties;
    this.environment = environment;
  }

  WordPressClient build() {
    return build(List.of());
  }

  /** The client, with the application's event listeners (the metrics among them). */
  WordPressClient build(List<WordPressEventListener> listeners) {
    WordPressClient.Builder builder = WordPressClient.builder();
    listeners.forEach(builder::eventListener);
    try {
      builder.baseUrl(properties.getUrl());
    } catch (IllegalArgumentException e) {
      // The builder's message shows the URL with any user info redacted.
      throw new InvalidWordPressPropertiesException(
          "wordpress.url", e.getMessage(), "Set wordpress.url to the site's http(s) address.", e);
    }
    builder.auth(auth());
    if (properties.getConnectTimeout() != null) {
      builder.connectTimeout(properties.getConnectTimeout());
    }
    if (properties.getCallTimeout() != null) {
      builder.callTimeout(properties.getCallTimeout());
    }
    Integer attempts = properties.getRetries().getMaxAttempts();
    if (attempts != null) {
      if (attempts < 1) {
        throw new InvalidWordPressPropertiesException(
            "wordpress.retries.max-attempts",
            "must be at least 1, the first attempt included: " + attempts,
            "Set wordpress.retries.max-attempts to 1 (no retry) or more.");
      }
      builder.retryPolicy(
          attempts == 1 ? RetryPolicy.none() : RetryPolicy.builder().maxAttempts(attempts).build());
    }
    if (properties.getTrustCertificate() != null) {
      builder.trustCertificates(properties.getTrustCertificate());
    }
    if (properties.isAllowInsecureHttp()) {
      builder.allowInsecureHttp();
    }
    if (properties.getDiagnostics().isEnabled()) {
      AuthDiagnostics.install(builder);
    }
    return builder.build();
  }

  /** The doctor for the same site and credential, with the same transport settings. */
  AuthDoctor doctor() {
    return doctorBuilder().build();
  }

  /**
   * The doctor that health and the start-up check run after a refused call: bounded by {@code
   * wordpress.health.doctor-deadline}, XML-RPC only with {@code
   * wordpress.health.xml-rpc-cross-check=true} (security plugins may count it as a failed login).
   */
  AuthDoctor boundedDoctor() {
    WordPressProperties.Health health = properties.getHealth();
    return doctorBuilder()
        .xmlRpcCrossCheck(health.isXmlRpcCrossCheck())
        .deadline(health.getDoctorDeadline())
        .build();
  }

  private AuthDoctor.Builder doctorBuilder() {
    URI site;
    try {
      site = URI.create(properties.getUrl().strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidWordPressPropertiesException(
          "wordpress.url", "is not a URL", "Set wordpress.url to the site's http(s) address.", e);
    }
    AuthDoctor.Builder doctor = AuthDoctor.builder(site);
    WordPressProperties.Auth auth = properties.getAuth();
    AuthKind kind = auth.getKind();
    String kindName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (kind) {
      case APPLICATION_PASSWORD:
        doctor.applicationPassword(auth.getUser(), secret(kindName));
        break;
      case COOKIE:
        doctor.cookieLogin(auth.getUser(), secret(kindName));
        break;
      case BEARER:
        doctor.bearer(secret(kindName));
        break;
      case NONE:
      default:
        break;
    }
    if (properties.getCallTimeout() != null) {
      doctor.callTimeout(properties.getCallTimeout());
    }
    if (properties.getTrustCertificate() != null) {
      doctor.trustCertificates(properties.getTrustCertificate());
    }
    if (properties.isAllowInsecureHttp()) {
      doctor.allowInsecureHttp();
    }
    return doctor;
  }

  AuthStrategy auth() {
    WordPressProperties.Auth auth = properties.getAuth();
    AuthKind kind = auth.getKind();
    String kindName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    String user = auth.getUser();
    if (kind.needsUser() && (user == null || user.isBlank())) {
      throw new InvalidWordPressPropertiesException(
          "wordpress.auth.user",
          "wordpress.auth.kind=" + kindName + " needs a user name, and none is set",
          "Set wordpress.auth.user to the WordPress user name (or e-mail).");
    }
    String secret = kind.needsSecret() ? secret(kindName) : null;
    switch (kind) {
      case APPLICATION_PASSWORD:
        return AuthStrategy.applicationPassword(user, secret);
      case COOKIE:
        return AuthStrategy.cookieLogin(user, secret);
      case BEARER:
        return AuthStrategy.bearer(secret);
      case NONE:
      default:
        return AuthStrategy.none();
    }
  }

  private String secret(String kindName) {
    WordPressProperties.Auth auth = properties.getAuth();
    String env = auth.getSecretEnv();
    if (env != null && !env.isBlank()) {
      String fromEnv = environment.getProperty(env.strip());
      if (fromEnv == null || fromEnv.isBlank()) {
        throw new InvalidWordPressPropertiesException(
            "wordpress.auth.secret-env",
            "names the environment variable " + env.strip() + ", which is not set or empty",
            "Set the environment variable "
                + env.strip()
                + " to the "
                + secretName(kindName)
                + ", or point wordpress.auth.secret-env at the variable that holds it.");
      }
      return fromEnv;
    }
    String secret = auth.getSecret();
    if (secret == null || secret.isBlank()) {
      throw new InvalidWordPressPropertiesException(
          "wordpress.auth.secret",
          "wordpress.auth.kind="
              + kindName
              + " needs a secret (the "
              + secretName(kindName)
              + "), and none is set",
          "Set wordpress.auth.secret-env to the name of an environment variable that holds the "
              + secretName(kindName)
              + " (or the environment variable WORDPRESS_AUTH_SECRET, or wordpress.auth.secret).");
    }
    return secret;
  }

  private static String secretName(String kindName) {
    switch (kindName) {
      case "application-password":
        return "Application Password";
      case "cookie":
        return "user's login password";
      default:
        return "bearer token";
    }
  }
}
