package dev.wprest.wpdoctor;

import dev.wprest.client.HttpMethod;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.DoctorReportRenderer;
import dev.wprest.diagnostics.doctor.ProbeResult;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wp-doctor check <site-url> [options]}: runs the active doctor against a live site and
 * prints its diagnosis and the probes it ran. Secrets come from the environment ({@code
 * WP_APP_PASSWORD}, {@code WP_LOGIN_PASSWORD}, {@code WP_BEARER_TOKEN}) or a no-echo prompt, never
 * from the command line, where other users and shell histories would see them; no error repeats an
 * argument's value.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description = "Probe a live WordPress site and tell why its REST authentication fails.",
    footerHeading = "%n",
    footer = {
      "The secret of --auth comes from WP_APP_PASSWORD (application-password), WP_LOGIN_PASSWORD"
          + " (cookie) or WP_BEARER_TOKEN (bearer), or from a prompt that does not echo; never"
          + " from the command line.",
      "",
      WpDoctor.EXIT_CODES
    })
final class CheckCommand implements Callable<Integer> {
  private static final List<String> AUTH_SCHEMES =
      List.of("application-password", "cookie", "bearer", "none");

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Function<String, Optional<String>> prompt;
  private final BooleanSupplier stderrIsTerminal;

  @Parameters(
      index = "0",
      paramLabel = "<site-url>",
      description = "The site or any URL on it, e.g. https://example.com")
  private String site;

  @Option(
      names = "--user",
      paramLabel = "<name>",
      description = "The WordPress user name or e-mail (the user name only: no user:password)")
  private String user;

  @Option(
      names = "--auth",
      paramLabel = "<scheme>",
      completionCandidates = AuthSchemes.class,
      description =
          "How the caller authenticates: ${COMPLETION-CANDIDATES}. Default: application-password"
              + " with --user, none without")
  private String auth;

  @Option(
      names = "--route",
      paramLabel = "<route>",
      description = "The REST route that fails, e.g. /wp/v2/posts (default: /wp/v2/users/me)")
  private String route;

  @Option(
      names = "--method",
      paramLabel = "<method>",
      description = "The HTTP method of the failing call, e.g. POST (default: GET)")
  private String method;

  @Option(names = "--json", description = "The same as --format json")
  private boolean json;

  @Option(
      names = "--format",
      paramLabel = "<format>",
      description =
          "text (default), json (one object for tools) or markdown (for a forum post or an issue)")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--no-xmlrpc",
      description =
          "Skip the XML-RPC cross-check that tells a stripped Authorization header from a wrong"
              + " password")
  private boolean noXmlRpc;

  @Option(
      names = "--allow-insecure-http",
      description = "Send credentials over plain http to a host that is not loopback")
  private boolean allowInsecureHttp;

  @Option(
      names = "--trust-cert",
      paramLabel = "<file.pem>",
      description = "Trust the certificates in this PEM file (a self-signed or private CA site)")
  private Path trustCert;

  /** Accepted only to refuse them by name: their values are never read, used or shown. */
  @Option(
      names = {"--password", "--app-password", "--token", "--pass"},
      arity = "0..1",
      hidden = true)
  private String secretOnCommandLine;

  @Spec private CommandSpec spec;

  CheckCommand(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Function<String, Optional<String>> prompt,
      BooleanSupplier stderrIsTerminal) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.prompt = prompt;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  @Override
  public Integer call() {
    if (secretOnCommandLine != null) {
      return usage(
          secretOption()
              + " is not accepted: secrets are never taken from the command line; use "
              + "WP_APP_PASSWORD, WP_LOGIN_PASSWORD or WP_BEARER_TOKEN, or the prompt");
    }
    Optional<String> problem = SiteUrlArgument.problem(site);
    if (problem.isPresent()) {
      return usage(problem.get());
    }
    if (user != null && user.indexOf(':') >= 0) {
      return usage(
          "--user takes the user name only, and this one holds ':' as curl's user:password"
              + " does (not shown): put the password in WP_APP_PASSWORD (WP_LOGIN_PASSWORD with"
              + " --auth cookie) or let wp-doctor prompt for it");
    }
    String scheme = auth != null ? auth : user != null ? "application-password" : "none";
    if (!AUTH_SCHEMES.contains(scheme)) {
      return usage("--auth must be one of " + String.join(", ", AUTH_SCHEMES) + " (not shown)");
    }
    if (route != null && !route.startsWith("/")) {
      return usage("--route must start with /, e.g. /wp/v2/posts");
    }
    HttpMethod httpMethod = null;
    if (method != null) {
      try {
        httpMethod = HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return usage("--method must be one of " + Arrays.toString(HttpMethod.values()));
      }
    }
    AuthDoctor.Builder doctor = AuthDoctor.builder(URI.create(site));
    if (!scheme.equals("none")) {
      if (user == null && !scheme.equals("bearer")) {
        return usage("--auth " + scheme + " needs --user");
      }
      String variable = secretVariable(scheme);
      Optional<String> secret = Optional.ofNullable(env.get(variable)).filter(s -> !s.isEmpty());
      if (secret.isEmpty()) {
        secret =
            prompt.apply(variable.toLowerCase(Locale.ROOT).replace('_', ' ').substring(3) + ": ");
      }
      if (secret.isEmpty()) {
        return usage("set " + variable + " (secrets are never taken from the command line)");
      }
      switch (scheme) {
        case "application-password":
          doctor.applicationPassword(user, secret.get());
          break;
        case "cookie":
          doctor.cookieLogin(user, secret.get());
          break;
        default:
          doctor.bearer(secret.get());
      }
    }
    if (route != null) {
      doctor.route(route);
    }
    if (httpMethod != null) {
      doctor.method(httpMethod);
    }
    doctor.xmlRpcCrossCheck(!noXmlRpc);
    if (allowInsecureHttp) {
      doctor.allowInsecureHttp();
    }
    if (trustCert != null) {
      Optional<String> unusable = InputFiles.problem(trustCert);
      if (unusable.isEmpty()) {
        try {
          doctor.trustCertificates(trustCert);
        } catch (IllegalArgumentException | UncheckedIOException e) {
          unusable = Optional.of("holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        }
      }
      if (unusable.isPresent()) {
        return usage("--trust-cert " + trustCert.getFileName() + ": " + unusable.get());
      }
    }
    OutputFormat chosen = json ? OutputFormat.JSON : format;
    if (chosen != OutputFormat.JSON && stderrIsTerminal.getAsBoolean()) {
      doctor.onProbe(this::showProgress);
    }
    DoctorReport report = doctor.build().examine();
    if (chosen == OutputFormat.JSON) {
      out.println(json(report));
    } else if (chosen == OutputFormat.MARKDOWN) {
      out.print(MarkdownReport.render(report));
    } else {
      text(report);
    }
    if (report.ok()) {
      return WpDoctor.OK;
    }
    return report.siteReachable() ? WpDoctor.DIAGNOSED : WpDoctor.UNREACHABLE;
  }

  private String secretOption() {
    for (String arg : spec.commandLine().getParseResult().originalArgs()) {
      for (String name : List.of("--app-password", "--password", "--token", "--pass")) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          return name;
        }
      }
    }
    return "--password";
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

  /** One line per probe as it runs: a slow site takes seconds per probe. */
  private void showProgress(ProbeResult probe) {
    err.println(
        "  probe "
            + probe.name()
            + ": "
            + (probe.status().isPresent() ? String.valueOf(probe.status().getAsInt()) : "-")
            + " "
            + probe.request());
  }

  private void text(DoctorReport report) {
    String text = DoctorReportRenderer.text(report);
    out.print(report.diagnosis().map(d -> DiagnosisText.pointToCommand(text, d)).orElse(text));
  }

  /** One JSON object for tools: see {@link DoctorReportRenderer} for the contract. */
  static String json(DoctorReport report) {
    return DoctorReportRenderer.json(report);
  }

  private int usage(String message) {
    err.println("wp-doctor check: " + message);
    err.println("usage: " + spec.commandLine().getHelp().synopsis(0).strip());
    err.println("run 'wp-doctor check --help' for more");
    return WpDoctor.USAGE;
  }

  /** The schemes {@code --auth} accepts, for the help and the completion script. */
  static final class AuthSchemes implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return AUTH_SCHEMES.iterator();
    }
  }
}
