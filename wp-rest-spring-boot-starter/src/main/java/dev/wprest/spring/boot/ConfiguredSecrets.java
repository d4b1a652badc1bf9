package dev.wprest.spring.boot;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.InvalidCredentialException;
import java.util.function.UnaryOperator;
import org.springframework.core.env.PropertyResolver;

/**
 * The configured secret masked in every form the client knows it can take in a text (as is, URL-,
 * JSON- and HTML-encoded, inside Basic credentials with the user), so that text shown at start-up
 * or in health can be scrubbed of it. The forms are the client's own, through a strategy holding
 * the secret ({@link AuthStrategy#redact(String)}): one definition, not a second list. The
 * diagnosis is built without secrets already; this is the second lock on the same door.
 */
final class ConfiguredSecrets {
  static final String MASK = "[REDACTED]";

  private final UnaryOperator<String> redactor;

  ConfiguredSecrets(PropertyResolver environment) {
    String secret = environment.getProperty("wordpress.auth.secret");
    String env = environment.getProperty("wordpress.auth.secret-env");
    if (env != null && !env.isBlank()) {
      secret = environment.getProperty(env.strip(), secret);
    }
    if (secret == null || secret.isBlank()) {
      redactor = UnaryOperator.identity();
      return;
    }
    String user = environment.getProperty("wordpress.auth.user");
    redactor = redactorOf(user, secret);
  }

  private static UnaryOperator<String> redactorOf(String user, String secret) {
    try {
      AuthStrategy holder =
          user == null || user.isBlank()
              ? AuthStrategy.bearer(secret)
              : AuthStrategy.applicationPassword(user, secret);
      return holder::redact;
    } catch (InvalidCredentialException unsendable) {
      // A secret no header can carry never reached the wire; its raw form is all there is.
      return text -> text.replace(secret, MASK);
    }
  }

  String scrub(String text) {
    return redactor.apply(text);
  }
}
