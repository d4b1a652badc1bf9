package dev.wprest.spring.boot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.core.env.PropertyResolver;

/**
 * The configured secret in the forms it could take in a text (as is, URL-encoded, inside Basic
 * credentials), so that text shown at start-up or in health can be scrubbed of it. The diagnosis is
 * built without secrets already; this is the second lock on the same door.
 */
final class ConfiguredSecrets {
  static final String MASK = "[REDACTED]";

  private final List<String> forms = new ArrayList<>();

  ConfiguredSecrets(PropertyResolver environment) {
    String secret = environment.getProperty("wordpress.auth.secret");
    String env = environment.getProperty("wordpress.auth.secret-env");
    if (env != null && !env.isBlank()) {
      secret = environment.getProperty(env.strip(), secret);
    }
    if (secret == null || secret.isBlank()) {
      return;
    }
    forms.add(secret);
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    String user = environment.getProperty("wordpress.auth.user");
    if (user != null) {
      forms.add(
          Base64.getEncoder()
              .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
  }

  String scrub(String text) {
    String out = text;
    for (String form : forms) {
      out = out.replace(form, MASK);
    }
    return out;
  }
}
