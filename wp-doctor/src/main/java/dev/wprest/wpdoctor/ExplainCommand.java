package dev.wprest.wpdoctor;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.har.HarDiagnostics;
import dev.wprest.diagnostics.har.HarFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wp-doctor explain <file.har> [<other.har>]}: diagnoses the failed WordPress REST calls in
 * a HAR exported from browser devtools or Postman, offline; with two files, compares the same route
 * where it worked and where it failed. Every output is redacted.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description = {
      "Diagnose the failed WordPress REST calls in a HAR file (browser devtools, Postman), offline.",
      "With two files (e.g. browser.har postman.har), tell why a route works in one only."
    },
    footerHeading = "%n",
    footer = {
      "A file that is missing, a directory, unreadable, no HAR, or beyond the reading limits",
      "(a string over 32 M characters, a Postman collection over 32 MiB) is a usage error (exit 2).",
      "",
      WpDoctor.EXIT_CODES
    })
final class ExplainCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;
  private List<HarFile> loaded = List.of();

  @Parameters(
      index = "0..1",
      arity = "1..2",
      paramLabel = "<file.har>",
      description = "One HAR file, or two to compare where a route works and where it fails")
  private List<Path> files;

  @Option(names = "--json", description = "Print each diagnosis as JSON for tools")
  private boolean json;

  ExplainCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try {
      return explain();
    } catch (RuntimeException | OutOfMemoryError bug) {
      // Reading is bounded and diagnosing is total: anything thrown here is a bug, never a
      // diagnosis (1) or a bad file (2). Only the type is printed: a message may quote the file.
      err.println(
          "wp-doctor explain: internal error ("
              + bug.getClass().getName()
              + "); please report it with the command that caused it");
      return WpDoctor.INTERNAL;
    }
  }

  private int explain() {
    Map<Path, HarFile> hars = new LinkedHashMap<>();
    for (Path file : files) {
      Optional<String> problem = InputFiles.problem(file);
      try {
        if (problem.isEmpty()) {
          hars.put(file, HarFile.read(file));
        }
      } catch (IOException e) {
        problem = Optional.of(e.getMessage());
      }
      if (problem.isPresent()) {
        err.println("wp-doctor explain: " + file + " " + problem.get());
        return WpDoctor.USAGE;
      }
      hars.get(file).notes().forEach(n -> err.println("wp-doctor explain: " + file + ": " + n));
    }
    loaded = List.copyOf(hars.values());
    try {
      return run(hars);
    } catch (IOException e) {
      err.println(
          "wp-doctor explain: a file changed or vanished while it was read: " + e.getMessage());
      return WpDoctor.USAGE;
    }
  }

  /** Every file's secrets are known before the first line is printed. */
  private int run(Map<Path, HarFile> hars) throws IOException {
    List<Path> files = List.copyOf(hars.keySet());
    if (files.size() == 2) {
      Optional<Diagnosis> compared =
          HarDiagnostics.compare(
              hars.get(files.get(0)),
              files.get(0).getFileName().toString(),
              hars.get(files.get(1)),
              files.get(1).getFileName().toString());
      if (compared.isPresent()) {
        print(compared.get());
        return WpDoctor.DIAGNOSED;
      }
    }
    int[] diagnosed = {0};
    for (Path file : files) {
      hars.get(file)
          .forEachEntry(
              entry ->
                  HarDiagnostics.diagnose(entry)
                      .ifPresent(
                          d -> {
                            if (!json) {
                              emit(
                                  "== "
                                      + file.getFileName()
                                      + ": "
                                      + entry.method()
                                      + " "
                                      + entry.restRoute().orElse("")
                                      + " -> "
                                      + entry.status());
                            }
                            print(d);
                            diagnosed[0]++;
                          }));
    }
    if (diagnosed[0] == 0 && !json) {
      emit("No failed WordPress REST call in " + files + ".");
    }
    return diagnosed[0] == 0 ? WpDoctor.OK : WpDoctor.DIAGNOSED;
  }

  private void print(Diagnosis d) {
    emit(json ? JsonRenderer.render(d) : DiagnosisText.render(d));
  }

  /**
   * Prints a line masked with every secret of every file read: an answer may echo a secret that
   * another request of the file carried (the password posted to wp-login.php, a cookie set there).
   */
  private void emit(String text) {
    String masked = text;
    for (HarFile har : loaded) {
      masked = har.redact(masked);
    }
    out.println(masked);
  }
}
