package dev.wprest.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.AuthScheme;
import dev.wprest.client.WordPressApiException;
import java.util.Iterator;
import java.util.Optional;

/**
 * {@code 400 rest_invalid_param} that hides a permission refusal. {@code WP_REST_Server::dispatch}
 * sanitizes and validates arguments before the permission callback, and {@code
 * WP_REST_Posts_Controller::sanitize_post_statuses} answers a status the caller may not read
 * ({@code future}, {@code draft}, ... without {@code edit_posts}) with {@code
 * rest_forbidden_status} and {@code rest_authorization_required_code()}: the detail's 401 says no
 * identity was accepted, 403 that the accepted one lacks the capability.
 */
final class ParameterPermissionAnalyzer implements Analyzer {
  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status != 400 || !f.codeIs("rest_invalid_param") || !f.is(WordPressApiException.class)) {
      return Optional.empty();
    }
    JsonNode details = ((WordPressApiException) f.failure).data().path("details");
    for (Iterator<String> names = details.fieldNames(); names.hasNext(); ) {
      String param = names.next();
      JsonNode detail = details.path(param);
      int inner = detail.path("data").path("status").asInt(0);
      if (inner == 401 || inner == 403) {
        return Optional.of(diagnose(f, param, detail.path("code").asText(""), inner));
      }
    }
    return Optional.empty();
  }

  private static Diagnosis diagnose(FailureFacts f, String param, String code, int inner) {
    String value = f.uri() == null ? "" : valueOf(f.uri().getRawQuery(), param);
    String asked = param + (value.isEmpty() ? "" : "=" + SecretMasking.mask(value));
    Diagnosis.Builder d =
        f.diagnosis(LikelyCause.PARAMETER_NEEDS_PERMISSION)
            .confidence(Confidence.LIKELY)
            .evidence("parameter refused", asked + ": " + code + " with status " + inner);
    if (inner == 403) {
      return d.summary(
              f.what()
                  + ": WordPress accepted the identity but it may not ask for "
                  + asked
                  + " ("
                  + code
                  + ", 403): the value needs edit_posts for this post type.")
          .firstCheck(
              "Use a user whose role may edit this post type (Contributor or above for posts) to"
                  + " ask for "
                  + asked
                  + ", or leave "
                  + param
                  + " out to get what this user may read.")
          .build();
    }
    d.summary(
        f.what()
            + ": "
            + asked
            + " needs a user who may edit posts, and WordPress saw no accepted identity ("
            + code
            + ", 401)"
            + (f.credentialsSent() ? " although credentials were sent." : "."));
    if (!f.credentialsSent()) {
      return d.firstCheck(
              "Send the credentials of a user who may edit posts (an Application Password over"
                  + " HTTPS) to ask for "
                  + asked
                  + "; anonymous callers get published posts only.")
          .alternative(LikelyCause.NO_CREDENTIALS_SENT, "no credentials were sent.")
          .build();
    }
    d.firstCheck(
        "Call GET /wp-json/wp/v2/users/me with the same credentials: until it answers 200,"
            + " WordPress accepts no identity and refuses "
            + asked
            + " whatever the user's role; when it does, check that user's role.");
    if (f.scheme().equals(AuthScheme.APPLICATION_PASSWORD)) {
      BasicAnonymousAnalyzer.addAlternatives(d, f, BasicAnonymousAnalyzer.primary(f));
    } else {
      d.alternative(LikelyCause.CREDENTIALS_REJECTED, "the credentials were not accepted.");
    }
    return d.build();
  }

  private static String valueOf(String query, String param) {
    if (query == null) {
      return "";
    }
    for (String part : query.split("&")) {
      if (part.startsWith(param + "=")) {
        return java.net.URLDecoder.decode(
            part.substring(param.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
