package dev.wprest.wpdoctor;

import dev.wprest.diagnostics.LikelyCause;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code wp-doctor explain-code <WPD-CODE>}: the troubleshooting entry of a diagnosis code,
 * offline, from the cause texts every diagnosis and {@code docs/troubleshooting.md} are made of.
 */
@Command(
    name = "explain-code",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description = "Print the troubleshooting entry of a diagnosis code (WPD-...), offline.",
    footerHeading = "%n",
    footer = WpDoctor.EXIT_CODES)
final class ExplainCodeCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Parameters(
      index = "0",
      paramLabel = "<WPD-CODE>",
      completionCandidates = Codes.class,
      description = "A code as a diagnosis prints it, any case")
  private String code;

  ExplainCodeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Optional<LikelyCause> cause =
        Arrays.stream(LikelyCause.values())
            .filter(c -> c.code().equalsIgnoreCase(code))
            .findFirst();
    if (cause.isEmpty()) {
      err.println("wp-doctor explain-code: no such code (not shown); the codes are:");
      err.println("  " + String.join("\n  ", new Codes()));
      return WpDoctor.USAGE;
    }
    out.print(entry(cause.get()));
    return WpDoctor.OK;
  }

  /** The entry as the troubleshooting guide has it, as plain text. */
  static String entry(LikelyCause cause) {
    StringBuilder b = new StringBuilder();
    b.append(cause.code()).append(": ").append(cause.title()).append('\n');
    b.append("Cause ")
        .append(cause.name())
        .append(", stage ")
        .append(cause.stage().name().toLowerCase(Locale.ROOT))
        .append(".\n\n");
    b.append("Selected by: ").append(cause.selectedBy()).append("\n\n");
    b.append("Check first: ").append(cause.firstCheck()).append('\n');
    if (!cause.notYet().isEmpty()) {
      b.append("\nNot yet:\n");
      cause.notYet().forEach(item -> b.append("  - ").append(item).append('\n'));
    }
    return b.toString();
  }

  /** Every code, for the help, the error and the completion script. */
  static final class Codes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(LikelyCause.values())
          .map(LikelyCause::code)
          .collect(Collectors.toList())
          .iterator();
    }
  }
}
