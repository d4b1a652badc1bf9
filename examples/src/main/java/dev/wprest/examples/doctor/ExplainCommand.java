package dev.wprest.examples.doctor;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.TextRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code wp-doctor explain <file.har> [<other.har>]}: diagnoses the failed WordPress REST calls in
 * a HAR exported from browser devtools or Postman, offline; with two files, compares the same route
 * where it worked and where it failed. Every output is redacted.
 */
final class ExplainCommand {
  private final PrintStream out;
  private final boolean json;

  ExplainCommand(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  int run(List<Path> files) throws IOException {
    if (files.size() == 2) {
      HarFile first = HarFile.read(files.get(0));
      HarFile second = HarFile.read(files.get(1));
      Optional<Diagnosis> compared = compare(first, files.get(0), second, files.get(1));
      if (compared.isPresent()) {
        print(compared.get());
        return 1;
      }
    }
    int diagnosed = 0;
    for (Path file : files) {
      HarFile har = HarFile.read(file);
      for (HarEntry entry : har.entries()) {
        if (entry.restRoute().isEmpty() || entry.status() < 400) {
          continue;
        }
        Optional<Diagnosis> d = HarReplay.diagnose(entry, har.entries());
        if (d.isPresent()) {
          if (!json) {
            out.println(
                "== "
                    + file.getFileName()
                    + ": "
                    + entry.method()
                    + " "
                    + entry.restRoute().get()
                    + " -> "
                    + entry.status());
          }
          print(d.get());
          diagnosed++;
        }
      }
    }
    if (diagnosed == 0 && !json) {
      out.println("No failed WordPress REST call in " + files + ".");
    }
    return diagnosed == 0 ? 0 : 1;
  }

  private Optional<Diagnosis> compare(HarFile a, Path aPath, HarFile b, Path bPath) {
    Optional<HarEntry[]> pair = SessionComparison.firstDivergence(a.entries(), b.entries());
    if (pair.isPresent()) {
      return SessionComparison.compare(
          pair.get()[0],
          aPath.getFileName().toString(),
          pair.get()[1],
          bPath.getFileName().toString());
    }
    pair = SessionComparison.firstDivergence(b.entries(), a.entries());
    return pair.flatMap(
        p ->
            SessionComparison.compare(
                p[0], bPath.getFileName().toString(), p[1], aPath.getFileName().toString()));
  }

  private void print(Diagnosis d) {
    out.println(json ? JsonRenderer.render(d) : TextRenderer.render(d));
  }
}
