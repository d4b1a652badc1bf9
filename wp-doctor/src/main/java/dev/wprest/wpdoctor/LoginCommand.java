package dev.wprest.wpdoctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.TransportException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.authorize.AuthorizationRequest;
import dev.wprest.client.authorize.AuthorizationResult;
import dev.wprest.client.authorize.AuthorizationUnavailableException;
import dev.wprest.client.authorize.LoopbackReceiver;
import dev.wprest.client.authorize.PasteFlow;
import dev.wprest.client.authorize.PathChoice;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.diagnostics.doctor.DoctorReportRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wp-doctor login <site-url>}: obtains an Application Password through WordPress's
 * authorization flow instead of a trip through wp-admin. Prints (and, on a desktop, opens) the
 * site's authorization page, then receives WordPress's answer on a loopback port where the site
 * accepts that callback, or else reads the password WordPress shows from a no-echo prompt ({@link
 * PathChoice} decides, and the choice is printed). Checks the new credential with the doctor and
 * prints how to use it. The password itself is printed only with {@code --show-secret}, as a shell
 * line on stdout; everything else is on stderr, or commented.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description =
        "Obtain an Application Password by approving wp-doctor in the browser, then check it.",
    footerHeading = "%n",
    footer = {
      "The authorization page is printed on stderr (and opened where a desktop is available);"
          + " approve it in a browser where you are logged in to the site. Where WordPress"
          + " accepts an http:// callback (sites whose environment type is local, which offer"
          + " Application Passwords over plain http) it sends the answer to a one-shot receiver"
          + " on 127.0.0.1; elsewhere (https sites) it shows the new password, which you paste"
          + " at the prompt (not echoed; from standard input when there is no terminal). Each"
          + " paste is checked, and asked again up to 3 times. Ctrl-C cancels.",
      "",
      "Exit codes:%n"
          + "  0  approved, and the doctor found nothing wrong with the new credential%n"
          + "  1  rejected, timed out, Application Passwords unavailable, or the new%n"
          + "     credential fails the doctor's check%n"
          + "  2  usage error: bad arguments%n"
          + "  3  site unreachable"
    })
final class LoginCommand implements Callable<Integer> {
  /** wp-doctor's application id: WordPress stores it with each password it approves for us. */
  static final UUID APP_ID = UUID.fromString("6f1d3a8e-2b4c-4e7a-9c15-7d2e8b0a4f63");

  private static final int MAX_TIMEOUT_SECONDS = 3600;

  private final PrintStream out;
  private final PrintStream err;
  private final Predicate<URI> browser;
  private final PasteReader pasteReader;

  @Parameters(
      index = "0",
      paramLabel = "<site-url>",
      description = "The site, e.g. https://example.com")
  private String site;

  @Option(
      names = "--app-name",
      paramLabel = "<name>",
      description = "The name of the new Application Password (default: wp-doctor)")
  private String appName = "wp-doctor";

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      description = "How long to wait for the approval (default: 300, at most 3600)")
  private int timeoutSeconds = 300;

  @Option(names = "--no-browser", description = "Only print the URL; do not open a browser")
  private boolean noBrowser;

  @Option(
      names = "--paste",
      description = "Paste the password WordPress shows, whatever the site would accept")
  private boolean paste;

  @Option(
      names = "--callback",
      description =
          "Use the loopback callback, e.g. on an https site known to accept it (WordPress 7.0)")
  private boolean callback;

  @Option(
      names = "--user",
      paramLabel = "<login>",
      description = "The user who approves, for the paste path (asked when not given)")
  private String user;

  @Option(
      names = "--show-secret",
      description =
          "Print the new password as WP_APP_PASSWORD='...' on stdout (WordPress shows it only"
              + " once; without this option it is never printed)")
  private boolean showSecret;

  @Option(names = "--json", description = "The same as --format json")
  private boolean json;

  @Option(
      names = "--format",
      paramLabel = "<format>",
      description = "text (default: shell lines, the rest commented) or json")
  private OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--allow-insecure-http",
      description =
          "Let the doctor send the new credential over plain http to a host that is"
              + " not loopback")
  private boolean allowInsecureHttp;

  @Option(
      names = "--trust-cert",
      paramLabel = "<file.pem>",
      description = "Trust the certificates in this PEM file (a self-signed or private CA site)")
  private Path trustCert;

  @Spec private CommandSpec spec;

  LoginCommand(PrintStream out, PrintStream err, Predicate<URI> browser, PasteReader pasteReader) {
    this.out = out;
    this.err = err;
    this.browser = browser;
    this.pasteReader = pasteReader;
  }

  @Override
  public Integer call() throws InterruptedException {
    Optional<String> problem = SiteUrlArgument.problem(site);
    if (problem.isPresent()) {
      return usage(problem.get());
    }
    if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      return usage("--timeout must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds");
    }
    if (appName.isBlank() || !EnvironmentLines.printable(appName)) {
      return usage("--app-name must be a name on one line");
    }
    if (paste && callback) {
      return usage("--paste and --callback exclude each other");
    }
    OutputFormat chosen = json ? OutputFormat.JSON : format;
    if (chosen == OutputFormat.MARKDOWN) {
      return usage("--format must be text or json");
    }
    if (trustCert != null) {
      Optional<String> unusable = InputFiles.problem(trustCert);
      if (unusable.isPresent()) {
        return usage("--trust-cert " + trustCert.getFileName() + ": " + unusable.get());
      }
    }
    SiteInfo info;
    try {
      info = discover();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return usage("--trust-cert " + trustCert.getFileName() + ": holds no PEM certificate");
    } catch (TransportException e) {
      err.println("wp-doctor login: the site did not answer: " + e.getMessage());
      return WpDoctor.UNREACHABLE;
    } catch (WordPressException e) {
      err.println("wp-doctor login: " + e.getMessage());
      return WpDoctor.DIAGNOSED;
    }
    AuthorizationResult result;
    try {
      PathChoice path =
          paste || callback
              ? PathChoice.chosen(paste ? PathChoice.Path.PASTE : PathChoice.Path.LOOPBACK_CALLBACK)
              : PathChoice.forSite(info);
      err.println(
          (path.path() == PathChoice.Path.PASTE
                  ? "Path: paste the password WordPress shows ("
                  : "Path: WordPress sends the password to 127.0.0.1 (")
              + path.reason()
              + ")");
      if (path.path() == PathChoice.Path.PASTE) {
        LoginPaste pasting = new LoginPaste(err, pasteReader);
        String login = pasting.user(user);
        if (login == null || login.isBlank() || !EnvironmentLines.printable(login)) {
          return usage("the paste path needs the user who approves: --user <login>");
        }
        PasteFlow flow =
            pasting.flow(
                PasteFlow.builder(
                    info, AuthorizationRequest.builder(appName).appId(APP_ID).build()),
                auth -> client(auth).build());
        announce(info, flow.authorizationUrl());
        pasting.instructions(login);
        result = CancelOnCtrlC.wait(err, flow::cancel, () -> pasting.await(flow, login, timeout()));
      } else {
        result = viaCallback(info);
      }
    } catch (AuthorizationUnavailableException e) {
      err.println("wp-doctor login: " + e.getMessage());
      return WpDoctor.DIAGNOSED;
    }
    if (result.approved().isEmpty()) {
      return notApproved(result, chosen);
    }
    return approved(result.approved().get(), chosen);
  }

  private AuthorizationResult viaCallback(SiteInfo info) throws InterruptedException {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url =
          AuthorizationRequest.builder(appName)
              .appId(APP_ID)
              .callbacks(receiver)
              .build()
              .uriFor(info);
      announce(info, url);
      err.println("Waiting up to " + timeoutSeconds + " s for WordPress's answer...");
      return CancelOnCtrlC.wait(err, receiver::close, () -> receiver.await(timeout()));
    }
  }

  private Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  private SiteInfo discover() {
    return client(AuthStrategy.none()).build().siteInfo();
  }

  private WordPressClient.Builder client(AuthStrategy auth) {
    WordPressClient.Builder client = WordPressClient.builder().baseUrl(site).auth(auth);
    if (trustCert != null) {
      client.trustCertificates(trustCert);
    }
    if (allowInsecureHttp) {
      client.allowInsecureHttp();
    }
    return client;
  }

  /** The instructions on stderr: stdout stays for the result, e.g. for {@code eval}. */
  private void announce(SiteInfo info, URI url) {
    err.println(
        "Approve wp-doctor in a browser where you are logged in to " + info.siteUrl() + ":");
    err.println(url);
    if (!noBrowser && browser.test(url)) {
      err.println("(opened in your browser)");
    }
    if (url.getRawQuery().contains("success_url=")
        && "https".equalsIgnoreCase(info.siteUrl().getScheme())) {
      err.println(
          "If the page says \"The URL must be served over a secure connection.\", the site's"
              + " environment type is not local and WordPress refuses wp-doctor's http://127.0.0.1"
              + " callback: run login again with --paste.");
    }
    if (!showSecret) {
      err.println(
          "The new password will not be printed (WordPress shows it only once): add"
              + " --show-secret to print it.");
    }
  }

  private int notApproved(AuthorizationResult result, OutputFormat chosen) {
    String text;
    switch (result.outcome()) {
      case REJECTED:
        text = "the request was rejected in the browser; no Application Password was created";
        break;
      case UNAVAILABLE:
        text = "the site does not offer Application Passwords to this user";
        break;
      case CANCELLED:
        text =
            "cancelled: nothing was pasted (if you rejected the request on WordPress's page, no"
                + " Application Password was created)";
        break;
      case NOT_VERIFIED:
        text =
            "WordPress accepted none of the pasted passwords; revoke \""
                + appName
                + "\" under Users > Profile > Application Passwords and run login again";
        break;
      default:
        text = "no answer within " + timeoutSeconds + " s; nothing was received";
    }
    if (chosen == OutputFormat.JSON) {
      ObjectNode json = new ObjectMapper().createObjectNode();
      json.put("outcome", result.outcome().name());
      json.put("message", text);
      out.println(json);
    } else {
      err.println("wp-doctor login: " + text);
    }
    return WpDoctor.DIAGNOSED;
  }

  private int approved(AuthorizationResult.Approved approved, OutputFormat chosen) {
    // The user name and password rather than approved.credential(): with them the doctor can
    // also cross-check through XML-RPC, which tells a stripped Authorization header apart.
    AuthDoctor.Builder doctor =
        AuthDoctor.builder(URI.create(site))
            .applicationPassword(approved.userLogin(), approved.revealPassword());
    if (allowInsecureHttp) {
      doctor.allowInsecureHttp();
    }
    if (trustCert != null) {
      doctor.trustCertificates(trustCert);
    }
    DoctorReport report = doctor.build().examine();
    if (chosen == OutputFormat.JSON) {
      out.println(json(approved, report));
    } else {
      text(approved, report);
    }
    if (report.ok()) {
      return WpDoctor.OK;
    }
    return report.siteReachable() ? WpDoctor.DIAGNOSED : WpDoctor.UNREACHABLE;
  }

  private void text(AuthorizationResult.Approved approved, DoctorReport report) {
    out.println(
        "# "
            + approved.userLogin()
            + " approved the Application Password \""
            + appName
            + "\" on "
            + approved.siteUrl());
    if (report.ok()) {
      out.println(
          "# checked with the doctor: it works"
              + report.identity().map(id -> " (signed in as " + id + ")").orElse(""));
    } else {
      out.println("# checked with the doctor: it does NOT work yet:");
      for (String line : DoctorReportRenderer.text(report).split("\n", -1)) {
        out.println(line.isEmpty() ? "#" : "#   " + line);
      }
    }
    out.println(EnvironmentLines.line("WP_BASE_URL", site));
    out.println(EnvironmentLines.line("WP_USER", approved.userLogin()));
    if (showSecret) {
      out.println(EnvironmentLines.line("WP_APP_PASSWORD", approved.revealPassword()));
    } else {
      out.println(
          "# WP_APP_PASSWORD not shown (run with --show-secret); to start again, revoke \""
              + appName
              + "\" under Users > Profile > Application Passwords");
    }
  }

  private String json(AuthorizationResult.Approved approved, DoctorReport report) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("outcome", approved.outcome().name());
    json.put("site_url", approved.siteUrl().toString());
    json.put("user_login", approved.userLogin());
    json.put("app_name", appName);
    json.put("app_id", APP_ID.toString());
    json.put("ok", report.ok());
    try {
      json.set("check", mapper.readTree(DoctorReportRenderer.json(report)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (showSecret) {
      json.put("password", approved.revealPassword());
    }
    return json.toString();
  }

  private int usage(String message) {
    err.println("wp-doctor login: " + message);
    err.println("usage: " + spec.commandLine().getHelp().synopsis(0).strip());
    err.println("run 'wp-doctor login --help' for more");
    return WpDoctor.USAGE;
  }
}
