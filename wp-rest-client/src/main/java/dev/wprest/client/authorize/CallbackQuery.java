package dev.wprest.client.authorize;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query of a request to the loopback callback, and what it means: WordPress's approval ({@code
 * site_url}, {@code user_login}, {@code password}), the user's rejection ({@code success=false}),
 * the site's refusal ({@code error=disabled}), or nothing usable. Whether the {@code state} matches
 * is decided here too, in constant time.
 */
final class CallbackQuery {
  private final Map<String, List<String>> params;

  private CallbackQuery(Map<String, List<String>> params) {
    this.params = params;
  }

  /** Decodes a raw query; a malformed escape makes the whole query unusable (empty). */
  static CallbackQuery parse(String rawQuery) {
    Map<String, List<String>> params = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&", -1)) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        try {
          params.computeIfAbsent(decode(name), k -> new ArrayList<>(1)).add(decode(value));
        } catch (IllegalArgumentException e) {
          return new CallbackQuery(Map.of());
        }
      }
    }
    return new CallbackQuery(params);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** Whether the query carries exactly one {@code state}, equal to the expected one. */
  boolean stateMatches(String expected) {
    Optional<String> state = single("state");
    return state.isPresent()
        && MessageDigest.isEqual(
            state.get().getBytes(StandardCharsets.UTF_8),
            expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What WordPress said, or empty when the query is neither an approval nor a rejection. A
   * parameter given twice makes it unusable: WordPress's {@code add_query_arg} replaces, never
   * repeats.
   */
  Optional<AuthorizationResult> result() {
    if (single("error").filter("disabled"::equals).isPresent()) {
      return Optional.of(new AuthorizationResult.Rejected(AuthorizationResult.Outcome.UNAVAILABLE));
    }
    if (single("success").filter("false"::equals).isPresent()) {
      return Optional.of(new AuthorizationResult.Rejected(AuthorizationResult.Outcome.REJECTED));
    }
    Optional<String> password = single("password").filter(p -> !p.isEmpty());
    Optional<String> login = single("user_login").filter(l -> !l.isEmpty());
    Optional<URI> site = single("site_url").flatMap(CallbackQuery::absoluteUri);
    if (password.isPresent() && login.isPresent() && site.isPresent()) {
      return Optional.of(new AuthorizationResult.Approved(site.get(), login.get(), password.get()));
    }
    return Optional.empty();
  }

  private Optional<String> single(String name) {
    List<String> values = params.get(name);
    return values != null && values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
  }

  private static Optional<URI> absoluteUri(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute() && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Never the values: the query may hold the password. */
  @Override
  public String toString() {
    return "CallbackQuery" + params.keySet();
  }
}
