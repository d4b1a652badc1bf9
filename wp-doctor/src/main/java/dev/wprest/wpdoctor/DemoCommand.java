package dev.wprest.wpdoctor;

import dev.wprest.client.WordPressClient;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import dev.wprest.testing.ReplaySite;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code wp-doctor demo}: for each row of the 401 evidence matrix (and its neighbours), a loopback
 * stand-in replays what a real WordPress answered; where the recordings cover its probes the active
 * doctor examines the stand-in, elsewhere the client makes the call and its failure is diagnosed
 * passively. Each row: scenario, cause, confidence, first check.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = DoctorVersion.class,
    description =
        "Replay recorded real WordPress answers on loopback, one failing call per cause, and"
            + " show each diagnosis; needs no site.",
    footerHeading = "%n",
    footer = WpDoctor.EXIT_CODES)
final class DemoCommand implements Callable<Integer> {
  private final PrintStream out;

  DemoCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    return run();
  }

  int run() {
    out.println(
        "wp-doctor demo: answers recorded from a real WordPress 6.1, replayed on loopback.");
    out.println("Each scenario's call fails; the diagnosis names why and what to check first.");
    out.println();
    int n = 0;
    for (DemoScenario scenario : DemoScenarios.all()) {
      Diagnosis d = diagnose(scenario);
      out.printf(Locale.ROOT, "%2d. %s%n", ++n, scenario.title());
      out.printf(
          Locale.ROOT,
          "    cause:       %s (%s), %s%n",
          d.cause(),
          d.code(),
          d.confidence().name().toLowerCase(Locale.ROOT));
      out.printf(Locale.ROOT, "    first check: %s%n", d.firstCheck());
    }
    out.println();
    out.println(
        "CONFIRMED rows: the doctor probed the stand-in (XML-RPC cross-check, the index, the");
    out.println(
        "introspect route) with recorded answers. LIKELY rows: one failed call's evidence,");
    out.println("alternatives listed. `wp-doctor check <site>` probes a real site.");
    return 0;
  }

  static Diagnosis diagnose(DemoScenario scenario) {
    try (ReplaySite site = scenario.serve()) {
      if (scenario.doctor().isPresent()) {
        DoctorReport report =
            scenario
                .doctor()
                .get()
                .apply(AuthDoctor.builder(URI.create(site.baseUrl() + "/wp-json/")))
                .callTimeout(Duration.ofSeconds(5))
                .build()
                .examine();
        return report
            .diagnosis()
            .orElseThrow(() -> new IllegalStateException("the doctor found nothing wrong"));
      }
      WordPressClient client =
          WordPressClient.builder()
              .baseUrl(site.baseUrl() + "/wp-json/")
              .auth(scenario.auth())
              .callTimeout(Duration.ofSeconds(5))
              .build();
      client.execute(scenario.request());
      throw new IllegalStateException("the scenario's call succeeded: " + scenario.title());
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException) {
        throw e;
      }
      return AuthDiagnostics.diagnose(e);
    }
  }
}
