package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The write path, without side effects. {@code WP_REST_Server::dispatch} validates and sanitizes a
 * request's arguments ({@code has_valid_params}, {@code sanitize_params}) before {@code
 * respond_to_request} runs the permission callback and the handler (WordPress 6.1 and 6.8 alike),
 * so a write whose one argument is deliberately invalid travels the whole path with its real
 * method, content type and body, and WordPress answers {@code 400 rest_invalid_param} without
 * creating, changing or deleting anything. That answer shows the write reaches WordPress as sent;
 * any other answer shows something on the way acts on writes (a firewall rule on bodies, a redirect
 * that turns a POST into a GET, a body-size limit). Only core's {@code wp/v2} routes are probed:
 * their arguments all carry core's validation; a plugin's route might not validate and act.
 */
final class WriteProbe {
  /** The value no typed or enumerated argument of core accepts. */
  static final String INVALID = "wp-rest-doctor-invalid";

  private final ProbeSession s;
  private final SiteView view;
  private final String route;
  private final HttpMethod method;

  WriteProbe(ProbeSession s, SiteView view, String route, HttpMethod method) {
    this.s = s;
    this.view = view;
    this.route = route;
    this.method = method;
  }

  /**
   * The argument to spoil: one of the endpoint's arguments (from the route's OPTIONS schema) that
   * core validates by enum or by a non-string type, or empty when there is none or the route is not
   * core's.
   */
  Optional<String> spoilableArgument(JsonNode options) {
    if (!route.startsWith("/wp/v2/")) {
      return Optional.empty();
    }
    for (JsonNode endpoint : options.path("endpoints")) {
      boolean forMethod = false;
      for (JsonNode m : endpoint.path("methods")) {
        forMethod |= m.asText().equalsIgnoreCase(method.name());
      }
      if (!forMethod) {
        continue;
      }
      JsonNode args = endpoint.path("args");
      // An enum first, then a boolean: an integer may be the URL's own id, better left alone.
      for (String wanted : new String[] {"enum", "boolean", "number", "integer"}) {
        for (Iterator<String> names = args.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          JsonNode arg = args.path(name);
          boolean matches =
              wanted.equals("enum")
                  ? arg.path("enum").isArray()
                  : arg.path("type").asText("").equals(wanted);
          if (matches) {
            return Optional.of(name);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Sends the spoiled write; the call, or null when the budget is used up. */
  ClientExchange send(String argument) {
    if (!s.canSend(1)) {
      return null;
    }
    // The spoiled argument goes in the query, which every write method carries (a DELETE has no
    // body), and in the JSON body of a write that has one, so that layers acting on bodies see it.
    WpRequest.Builder request = WpRequest.builder(method, route).query(argument, INVALID);
    if (method != HttpMethod.DELETE) {
      request.json(Map.of(argument, INVALID));
    }
    ClientExchange c;
    s.budget.declareSpoiledWrite(method.name());
    try {
      c = ClientExchange.run(s, ProbeName.WRITE, view, request.build());
    } finally {
      s.budget.endSpoiledWrite();
    }
    s.record(
        ProbeName.WRITE,
        c.request,
        c.status,
        (reachedWordPress(c, argument)
                ? "WordPress refused only the deliberately invalid " + argument + ", so"
                : "answered " + c.summary() + " to a write with a deliberately invalid " + argument)
            + (reachedWordPress(c, argument)
                ? " the write reaches it as sent and nothing was written"
                : ": the write does not reach WordPress's validation as sent"));
    return c;
  }

  /** WordPress's validation answered, naming the spoiled argument: the write arrived as sent. */
  static boolean reachedWordPress(ClientExchange c, String argument) {
    return c != null
        && c.status == 400
        && c.code.equals("rest_invalid_param")
        && c.failure instanceof dev.wprest.client.WordPressApiException
        && ((dev.wprest.client.WordPressApiException) c.failure)
            .data()
            .path("params")
            .has(argument);
  }

  /**
   * Says that the write asked about was not sent as asked, though {@code OPTIONS} lists it for
   * {@code who}: the doctor never writes, and a route may still refuse particular fields.
   */
  static void warnNotSent(
      ProbeSession s, HttpMethod method, String route, String who, boolean probed) {
    s.warn(
        DoctorWarning.Kind.WRITE_NOT_SENT,
        DoctorTexts.text(
            probed ? "warning.writeNotSent.probed" : "warning.writeNotSent",
            "method",
            method,
            "route",
            route,
            "who",
            who));
  }
}
