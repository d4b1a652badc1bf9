package dev.wprest.wpdoctor;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code wp-doctor} command line.
 *
 * <ul>
 *   <li>{@code check <site-url> [options]}: probes a live site with the active doctor;
 *   <li>{@code explain [--json] <file.har> [<other.har>]}: diagnoses the failed WordPress REST
 *       calls of a HAR offline; with two files, tells why a route works in one and fails in the
 *       other;
 *   <li>{@code demo}: replays recorded real WordPress answers for each row of the 401 evidence
 *       matrix on a loopback stand-in and shows each diagnosis;
 *   <li>{@code login <site-url>}: obtains an Application Password through WordPress's authorization
 *       flow (approved in the browser, received on a loopback port) and checks it with the doctor;
 *   <li>{@code explain-code <WPD-CODE>}: prints the troubleshooting entry of a diagnosis code;
 *   <li>{@code generate-completion}: a bash (and zsh) completion script.
 * </ul>
 *
 * <p>Exit codes: 0 nothing wrong found, 1 a problem was diagnosed, 2 usage error (bad arguments or
 * an unusable file), 3 site unreachable. No error message repeats an argument's value: it may be a
 * secret typed in the wrong place.
 */
@Command(
    name = "wp-doctor",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description = "Tells why a WordPress REST call fails to authenticate, and what to check first.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%n",
    footer = {
      "Secrets come only from WP_APP_PASSWORD, WP_LOGIN_PASSWORD or WP_BEARER_TOKEN, or a prompt"
          + " that does not echo.",
      "",
      WpDoctor.EXIT_CODES
    })
public final class WpDoctor implements Callable<Integer> {
  static final int OK = 0;
  static final int DIAGNOSED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;
  static final int INTERNAL = 4;

  static final String EXIT_CODES =
      "Exit codes:%n"
          + "  0  nothing wrong found%n"
          + "  1  a problem was diagnosed%n"
          + "  2  usage error: bad arguments or an unusable file%n"
          + "  3  site unreachable%n"
          + "  4  internal error (a bug, or out of memory): please report it";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Function<String, Optional<String>> prompt;
  private BooleanSupplier stderrIsTerminal = () -> System.console() != null;
  private Predicate<URI> browser = new BrowserLauncher();
  private PasteReader pasteReader;

  @Spec private CommandSpec spec;

  WpDoctor(PrintStream out, PrintStream err) {
    this(out, err, Map.of(), label -> Optional.empty());
  }

  WpDoctor(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Function<String, Optional<String>> prompt) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.prompt = prompt;
    this.pasteReader = PasteReader.terminal(err);
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments, e.g. {@code demo}
   */
  public static void main(String[] args) {
    int status;
    try {
      status =
          new WpDoctor(System.out, System.err, System.getenv(), WpDoctor::promptWithoutEcho)
              .run(Arrays.asList(args));
    } catch (Throwable bug) {
      // An Error (out of memory, a stack overflow) passes every handler; exit 1 would tell a
      // script "a problem was diagnosed". Only the type: a message may quote the input.
      System.err.println(
          "wp-doctor: internal error (" + bug.getClass().getName() + "); please report it");
      status = INTERNAL;
    }
    System.exit(status);
  }

  /** Asks on the terminal without echoing; nothing when there is no terminal (CI, pipes). */
  private static Optional<String> promptWithoutEcho(String label) {
    java.io.Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    char[] secret = console.readPassword("%s", label);
    return secret == null || secret.length == 0
        ? Optional.empty()
        : Optional.of(new String(secret));
  }

  /** Decides whether probes are shown on stderr as they run; a terminal by default. */
  WpDoctor stderrIsTerminal(BooleanSupplier decision) {
    this.stderrIsTerminal = decision;
    return this;
  }

  /** Decides how {@code login} opens the authorization page; a desktop browser by default. */
  WpDoctor browser(Predicate<URI> opener) {
    this.browser = opener;
    return this;
  }

  /** Decides where {@code login} reads a pasted password; the terminal by default. */
  WpDoctor pasteReader(PasteReader reader) {
    this.pasteReader = reader;
    return this;
  }

  int run(List<String> args) {
    return commandLine().execute(args.toArray(new String[0]));
  }

  CommandLine commandLine() {
    CommandLine cli = new CommandLine(this);
    cli.addSubcommand("check", new CheckCommand(out, err, env, prompt, stderrIsTerminal));
    cli.addSubcommand("explain", new ExplainCommand(out, err));
    cli.addSubcommand("demo", new DemoCommand(out));
    cli.addSubcommand("login", new LoginCommand(out, err, browser, pasteReader));
    cli.addSubcommand("explain-code", new ExplainCodeCommand(out, err));
    cli.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new QuietParameterErrors(err));
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          err.println(
              "wp-doctor: " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
          return UNREACHABLE;
        });
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setUsageHelpAutoWidth(false);
    // "@file" would be read as more arguments: a path typed by mistake must not become input.
    cli.setExpandAtFiles(false);
    return cli;
  }

  /** Without a command: the usage on stderr, a usage error. */
  @Override
  public Integer call() {
    err.println("wp-doctor: a command is missing");
    spec.commandLine().usage(err);
    return USAGE;
  }
}
