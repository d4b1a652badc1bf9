package dev.wprest.examples.doctor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code wp-doctor} command line.
 *
 * <ul>
 *   <li>{@code check <site-url> [options]}: probes a live site with the active doctor;
 *   <li>{@code demo}: replays recorded real WordPress answers for each row of the 401 evidence
 *       matrix on a loopback stand-in and shows each diagnosis;
 *   <li>{@code explain [--json] <file.har> [<other.har>]}: diagnoses the failed WordPress REST
 *       calls of a HAR offline; with two files, tells why a route works in one and fails in the
 *       other.
 * </ul>
 *
 * <p>Exit codes: 0 nothing wrong found, 1 a problem was diagnosed, 2 usage error, 3 site or file
 * unreachable.
 */
public final class WpDoctor {
  static final int OK = 0;
  static final int DIAGNOSED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Function<String, Optional<String>> prompt;

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
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments, e.g. {@code demo}
   */
  public static void main(String[] args) {
    System.exit(
        new WpDoctor(System.out, System.err, System.getenv(), WpDoctor::promptWithoutEcho)
            .run(Arrays.asList(args)));
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

  int run(List<String> args) {
    if (args.isEmpty()) {
      usage(err);
      return USAGE;
    }
    List<String> rest = args.subList(1, args.size());
    switch (args.get(0)) {
      case "demo":
        return rest.isEmpty() ? new DemoCommand(out).run() : usageError("demo takes no arguments");
      case "check":
        return new CheckCommand(out, err, env, prompt).run(rest);
      case "explain":
        return explain(rest);
      case "help":
      case "--help":
      case "-h":
        usage(out);
        return OK;
      default:
        return usageError("unknown command: " + args.get(0));
    }
  }

  private int explain(List<String> args) {
    boolean json = false;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--json")) {
        json = true;
      } else if (arg.startsWith("-")) {
        return usageError("explain: unknown option " + arg);
      } else {
        files.add(Paths.get(arg));
      }
    }
    if (files.isEmpty() || files.size() > 2) {
      return usageError("explain takes one HAR file, or two to compare");
    }
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        err.println("wp-doctor: cannot read " + file);
        return UNREACHABLE;
      }
    }
    try {
      return new ExplainCommand(out, json).run(files);
    } catch (IOException e) {
      err.println("wp-doctor: " + e.getMessage());
      return USAGE;
    }
  }

  private int usageError(String message) {
    err.println("wp-doctor: " + message);
    usage(err);
    return USAGE;
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: wp-doctor check <site-url> [--user U] [--auth application-password|cookie|bearer|none]");
    out.println(
        "                       [--route /wp/v2/posts] [--method POST] [--json] [--no-xmlrpc]");
    out.println("                       [--allow-insecure-http] [--trust-cert file.pem]");
    out.println("       wp-doctor demo");
    out.println("       wp-doctor explain [--json] <file.har> [<other.har>]");
    out.println();
    out.println(
        "  demo     replay recorded WordPress answers for each failure of the 401 evidence");
    out.println("           matrix on a loopback stand-in, and show each diagnosis");
    out.println("  explain  diagnose the failed WordPress REST calls in a HAR file, offline; with");
    out.println(
        "           two files (browser.har postman.har), tell why a route works in one only");
    out.println();
    out.println("exit codes: 0 nothing wrong, 1 problem diagnosed, 2 usage error, 3 unreachable");
  }
}
