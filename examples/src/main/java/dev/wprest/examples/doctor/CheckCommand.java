package dev.wprest.examples.doctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.DoctorReportRenderer;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code wp-doctor check <site-url> [options]}: runs the active doctor against a live site and
 * prints its diagnosis and the probes it ran. Secrets come from the environment ({@code
 * WP_APP_PASSWORD}, {@code WP_LOGIN_PASSWORD}, {@code WP_BEARER_TOKEN}) or a no-echo prompt, never
 * from the command line, where other users and shell histories would see them.
 */
final class CheckCommand {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Function<String, Optional<String>> prompt;

  CheckCommand(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Function<String, Optional<String>> prompt) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.prompt = prompt;
  }

  int run(List<String> args) {
    CheckOptions options;
    try {
      options = CheckOptions.parse(args);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    AuthDoctor.Builder doctor;
    try {
      doctor = AuthDoctor.builder(options.site);
    } catch (IllegalArgumentException e) {
      return usage("not a site URL: " + options.site);
    }
    String auth = options.auth;
    if (!auth.equals("none")) {
      if (options.user == null && !auth.equals("bearer")) {
        return usage("--auth " + auth + " needs --user");
      }
      String variable = secretVariable(auth);
      Optional<String> secret = Optional.ofNullable(env.get(variable)).filter(s -> !s.isEmpty());
      if (secret.isEmpty()) {
        secret =
            prompt.apply(variable.toLowerCase(Locale.ROOT).replace('_', ' ').substring(3) + ": ");
      }
      if (secret.isEmpty()) {
        return usage("set " + variable + " (secrets are never taken from the command line)");
      }
      switch (auth) {
        case "application-password":
          doctor.applicationPassword(options.user, secret.get());
          break;
        case "cookie":
          doctor.cookieLogin(options.user, secret.get());
          break;
        default:
          doctor.bearer(secret.get());
      }
    }
    if (options.route != null) {
      doctor.route(options.route);
    }
    if (options.method != null) {
      doctor.method(options.method);
    }
    doctor.xmlRpcCrossCheck(options.xmlRpc);
    if (options.allowInsecureHttp) {
      doctor.allowInsecureHttp();
    }
    if (options.trustCert != null) {
      if (!Files.isReadable(options.trustCert)) {
        return usage("cannot read --trust-cert " + options.trustCert);
      }
      doctor.trustCertificates(options.trustCert);
    }
    DoctorReport report = doctor.build().examine();
    if (options.json) {
      out.println(json(report));
    } else {
      text(report);
    }
    if (report.ok()) {
      return WpDoctor.OK;
    }
    return report.siteReachable() ? WpDoctor.DIAGNOSED : WpDoctor.UNREACHABLE;
  }

  private static String secretVariable(String auth) {
    switch (auth) {
      case "application-password":
        return "WP_APP_PASSWORD";
      case "cookie":
        return "WP_LOGIN_PASSWORD";
      default:
        return "WP_BEARER_TOKEN";
    }
  }

  private void text(DoctorReport report) {
    out.print(DoctorReportRenderer.text(report));
  }

  /** One JSON object for tools: see {@link DoctorReportRenderer} for the contract. */
  static String json(DoctorReport report) {
    return DoctorReportRenderer.json(report);
  }

  private int usage(String message) {
    err.println("wp-doctor check: " + message);
    err.println(CheckOptions.USAGE);
    return WpDoctor.USAGE;
  }

  /** The parsed command line of {@code check}. */
  static final class CheckOptions {
    static final String USAGE =
        "usage: wp-doctor check <site-url> [--user U] [--auth application-password|cookie|bearer|none]\n"
            + "                        [--route /wp/v2/posts] [--method POST] [--json] [--no-xmlrpc]\n"
            + "                        [--allow-insecure-http] [--trust-cert file.pem]\n"
            + "secrets: WP_APP_PASSWORD, WP_LOGIN_PASSWORD or WP_BEARER_TOKEN, or a prompt";

    URI site;
    String user;
    String auth;
    String route;
    HttpMethod method;
    boolean json;
    boolean xmlRpc = true;
    boolean allowInsecureHttp;
    Path trustCert;

    static CheckOptions parse(List<String> args) {
      CheckOptions o = new CheckOptions();
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--user":
            o.user = value(args, ++i, arg);
            break;
          case "--auth":
            o.auth = value(args, ++i, arg);
            if (!List.of("application-password", "cookie", "bearer", "none").contains(o.auth)) {
              throw new IllegalArgumentException("unknown --auth " + o.auth);
            }
            break;
          case "--route":
            o.route = value(args, ++i, arg);
            if (!o.route.startsWith("/")) {
              throw new IllegalArgumentException("--route must start with /: " + o.route);
            }
            break;
          case "--method":
            String m = value(args, ++i, arg).toUpperCase(Locale.ROOT);
            try {
              o.method = HttpMethod.valueOf(m);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("unknown --method " + m);
            }
            break;
          case "--json":
            o.json = true;
            break;
          case "--no-xmlrpc":
            o.xmlRpc = false;
            break;
          case "--allow-insecure-http":
            o.allowInsecureHttp = true;
            break;
          case "--trust-cert":
            o.trustCert = Paths.get(value(args, ++i, arg));
            break;
          case "--password":
          case "--app-password":
          case "--token":
            throw new IllegalArgumentException(
                arg
                    + " is not accepted: secrets are never taken from the command line; use "
                    + "WP_APP_PASSWORD, WP_LOGIN_PASSWORD or WP_BEARER_TOKEN");
          default:
            if (arg.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            if (o.site != null) {
              throw new IllegalArgumentException("one site URL only, got a second: " + arg);
            }
            try {
              o.site = URI.create(arg);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("not a URL: " + arg);
            }
            if (o.site.getScheme() == null || o.site.getHost() == null) {
              throw new IllegalArgumentException(
                  "the site URL must be absolute (https://...): " + arg);
            }
        }
      }
      if (o.site == null) {
        throw new IllegalArgumentException("the site URL is missing");
      }
      if (o.auth == null) {
        o.auth = o.user != null ? "application-password" : "none";
      }
      return o;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size() || args.get(i).startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args.get(i);
    }
  }
}
