package dev.wprest.diagnostics.har;

import static java.util.Objects.requireNonNull;

import dev.wprest.diagnostics.Diagnosis;
import java.util.List;
import java.util.Optional;

/**
 * Diagnoses the failed WordPress REST calls a recording holds, offline, and compares two recordings
 * of the same route ("works in the browser, fails in Postman").
 *
 * <pre>{@code
 * HarFile har = HarFile.read(Path.of("session.har"));
 * for (HarEntry call : har.entries()) {
 *   HarDiagnostics.diagnose(call)
 *       .ifPresent(d -> System.out.println(har.redact(TextRenderer.render(d))));
 * }
 * }</pre>
 *
 * <p>Each failed call's recorded answer goes through the client's own error mapping and the
 * standard analyzer chain, as a live failure would. A diagnosis never holds the request's own
 * credentials, but an answer can echo a secret that another request of the file carried: print only
 * what {@link HarFile#redact(String)} returns.
 */
public final class HarDiagnostics {
  private HarDiagnostics() {}

  /**
   * Diagnoses one recorded call.
   *
   * @param call an entry of a {@link HarFile}
   * @return the diagnosis of a WordPress REST call answered with status 400 or more; empty for any
   *     other entry (pages, assets, successful calls, calls that got no answer)
   */
  public static Optional<Diagnosis> diagnose(HarEntry call) {
    requireNonNull(call, "call == null");
    // Real browser HARs are mostly noise: pages, assets, failed third-party requests (status 0 or
    // -1). Only WordPress REST calls that were answered with an error count.
    if (!call.isRestCall() || call.status() < 400) {
      return Optional.empty();
    }
    return RecordedFailure.diagnose(call);
  }

  /**
   * Compares two recordings: the first route that worked in one and failed (401 or 403) in the
   * other, and what the failing request lacks.
   *
   * @param first a recording
   * @param firstName its name as the user knows it, e.g. {@code browser.har}
   * @param second the other recording
   * @param secondName its name, e.g. {@code postman.har}
   * @return the comparison, or empty when no route diverges or the requests do not differ in a way
   *     that explains it
   */
  public static Optional<Diagnosis> compare(
      HarFile first, String firstName, HarFile second, String secondName) {
    Optional<Diagnosis> firstWorked =
        compareDirected(first.entries(), firstName, second.entries(), secondName);
    return firstWorked.isPresent()
        ? firstWorked
        : compareDirected(second.entries(), secondName, first.entries(), firstName);
  }

  private static Optional<Diagnosis> compareDirected(
      List<HarEntry> worked, String workedName, List<HarEntry> failed, String failedName) {
    return SessionComparison.firstDivergence(worked, failed)
        .flatMap(pair -> SessionComparison.compare(pair[0], workedName, pair[1], failedName));
  }
}
