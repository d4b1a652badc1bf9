package dev.wprest.diagnostics.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.WpRequest;
import dev.wprest.client.internal.Routes;
import dev.wprest.diagnostics.internal.CoreCapabilities;
import java.net.URI;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The route asked about. A read (GET, HEAD) is simply made: its own answer decides, never the
 * {@code Allow} header (users/me allows GET to everyone and refuses inside its callback). A write
 * is never sent: {@code OPTIONS} answers with an {@code Allow} header listing the methods the
 * current identity may use there. Both tell a route WordPress does not have ({@code 404
 * rest_no_route}).
 */
final class PermissionProbe {
  private final ProbeSession s;
  private final SiteView view;
  private final String route;
  private final HttpMethod method;

  PermissionProbe(ProbeSession s, SiteView view, String route, HttpMethod method) {
    this.s = s;
    this.view = view;
    this.route = route;
    this.method = method;
  }

  /** The outcome: whether the call may be made, and the verdict when a probe proved a problem. */
  static final class Outcome {
    final Verdict verdict;
    final boolean allowed;
    final ClientExchange call;

    Outcome(Verdict verdict, boolean allowed, ClientExchange call) {
      this.verdict = verdict;
      this.allowed = allowed;
      this.call = call;
    }
  }

  static boolean isRead(HttpMethod method) {
    return method == HttpMethod.GET || method == HttpMethod.HEAD;
  }

  /** The read itself, with the strategy under examination (or none). */
  ClientExchange read() {
    ClientExchange c =
        ClientExchange.run(s, ProbeName.ROUTE, view, WpRequest.builder(method, route).build());
    s.record(
        ProbeName.ROUTE,
        c.request,
        c.status,
        c.ok() ? "answered " + c.status : "answered " + c.summary());
    s.evidence(method + " " + route, c.ok() ? "answered " + c.status : c.summary());
    return c;
  }

  /** The accepted identity's read of the route: 403 proves the capability is missing. */
  Outcome readAsIdentity(String identity) {
    if (!s.canSend(1)) {
      s.warn(
          DoctorWarning.Kind.BUDGET_EXHAUSTED,
          method + " " + route + " was not sent: the request budget is used up.");
      return new Outcome(null, false, null);
    }
    ClientExchange c = read();
    if (c.ok()) {
      return new Outcome(null, true, c);
    }
    if (c.status == 404 && c.code.equals("rest_no_route")) {
      return new Outcome(routeNotFound(c.request, c.summary()), false, c);
    }
    if (c.status == 403 && c.wordPressEnvelope) {
      return new Outcome(
          Verdict.proven(
                  Proof.CAPABILITY_BY_CALL,
                  "WordPress accepted the identity "
                      + identity
                      + ", but "
                      + c.request
                      + " answered "
                      + c.summary()
                      + ": this user may not "
                      + method
                      + " "
                      + route
                      + ".")
              .firstCheck(capabilityCheck(identity)),
          false,
          c);
    }
    return new Outcome(null, false, c);
  }

  /** With the accepted identity: may it use the (write) method on the route? */
  Outcome asIdentity(String identity) {
    if (!s.canSend(1)) {
      s.warn(
          DoctorWarning.Kind.BUDGET_EXHAUSTED,
          "OPTIONS " + route + " was not sent: the request budget is used up.");
      return new Outcome(null, false, null);
    }
    ClientExchange o =
        ClientExchange.run(
            s, ProbeName.PERMISSION, view, WpRequest.builder(HttpMethod.OPTIONS, route).build());
    if (notFound(o.status, o.code)) {
      return new Outcome(routeNotFound(o.request, o.summary()), false, o);
    }
    if (o.ok() && noRouteMatched(o.allow, o.json())) {
      return new Outcome(routeNotFound(o.request, "200 [] without an Allow header"), false, o);
    }
    if (!o.ok()) {
      s.record(ProbeName.PERMISSION, o.request, o.status, "OPTIONS answered " + o.summary());
      s.evidence("OPTIONS " + route, o.summary());
      return new Outcome(null, false, o);
    }
    boolean allowed = allows(o.allow);
    String finding =
        o.allowSummary()
            + ": "
            + identity
            + (allowed ? " may " : " may not ")
            + method
            + " "
            + route;
    s.record(ProbeName.PERMISSION, o.request, o.status, finding);
    s.evidence("OPTIONS " + route, finding);
    if (allowed) {
      return new Outcome(null, true, o);
    }
    return new Outcome(
        Verdict.proven(
                Proof.CAPABILITY_BY_ALLOW,
                "WordPress accepted the identity "
                    + identity
                    + ", but "
                    + o.request
                    + " lists "
                    + o.allowSummary()
                    + ": this user may not "
                    + method
                    + " "
                    + route
                    + ".")
            .firstCheck(capabilityCheck(identity)),
        false,
        o);
  }

  private String capabilityCheck(String identity) {
    return method
        + " "
        + route
        + " needs "
        + CoreCapabilities.needed(method.name(), route)
        + ": use a user whose role has it, or give "
        + identity
        + " that role in wp-admin; never open the route to the public to get past this.";
  }

  /** Without credentials: does the route exist, and may an anonymous caller use the method? */
  Outcome anonymously() {
    if (!s.canSend(1)) {
      return new Outcome(null, false, null);
    }
    URI uri = Routes.resolve(view.apiRoot, route);
    RawExchange a = s.send(HttpMethod.OPTIONS, uri, Map.of("Accept", "application/json"), null);
    if (notFound(a.status, a.code())) {
      return new Outcome(routeNotFound(a.method + " " + a.uri, a.summary()), false, null);
    }
    String allow = a.header("Allow").orElse("");
    if (a.status == 200 && noRouteMatched(allow, a.json())) {
      return new Outcome(
          routeNotFound(a.method + " " + a.uri, "200 [] without an Allow header"), false, null);
    }
    boolean allowed = a.status == 200 && allows(allow);
    String finding =
        (allow.isEmpty() ? "no Allow header" : "Allow: " + allow)
            + " without credentials: anonymous callers "
            + (allowed ? "may " : "may not ")
            + method
            + " "
            + route;
    s.record(ProbeName.PERMISSION, a, finding);
    s.evidence("OPTIONS " + route + " without credentials", finding);
    return new Outcome(null, allowed, null);
  }

  Verdict routeNotFound(String request, String answer) {
    s.record(ProbeName.PERMISSION, request, 404, "WordPress has no route " + route);
    s.evidence("route", request + " answered " + answer);
    return Verdict.proven(
            Proof.ROUTE_NOT_FOUND_OPTIONS,
            request + " answered " + answer + ": WordPress has no route " + route + ".")
        .firstCheck(
            "Check the route's spelling and namespace against the site's index ("
                + view.apiRoot
                + "); a plugin's routes exist only while the plugin is active.");
  }

  /**
   * WordPress answers OPTIONS on a path no route matches with 200, an empty array and no Allow
   * header; the index's route patterns must agree before the doctor says so.
   */
  private boolean noRouteMatched(String allow, JsonNode body) {
    if (!allow.isEmpty() || !body.isArray() || body.size() != 0 || !view.indexRead()) {
      return false;
    }
    Iterator<String> patterns = view.index.path("routes").fieldNames();
    while (patterns.hasNext()) {
      // PHP's named groups (?P<user_id>...) have names Java refuses; matching needs no names.
      String pattern = patterns.next().replaceAll("\\(\\?P<[^>]+>", "(");
      try {
        if (Pattern.compile("^" + pattern + "$", Pattern.CASE_INSENSITIVE)
            .matcher(route)
            .matches()) {
          return false;
        }
      } catch (PatternSyntaxException unreadable) {
        return false;
      }
    }
    s.evidence("index routes", "no route pattern of the index matches " + route);
    return true;
  }

  private static boolean notFound(int status, String code) {
    return status == 404 && code.equals("rest_no_route");
  }

  private boolean allows(String allow) {
    return Arrays.stream(allow.split(","))
        .map(m -> m.strip().toUpperCase(Locale.ROOT))
        .anyMatch(m -> m.equals(method.name()));
  }
}
