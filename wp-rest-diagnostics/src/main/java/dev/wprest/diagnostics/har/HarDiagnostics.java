package dev.wprest.diagnostics.har;

import static java.util.Objects.requireNonNull;

import dev.wprest.diagnostics.Diagnosis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnoses the failed WordPress REST calls a recording holds, offline, and compares two recordings
 * of the same route ("works in the browser, fails in Postman").
 *
 * <pre>{@code
 * HarFile har = HarFile.read(Path.of("session.har"));
 * har.forEachEntry(
 *     call ->
 *         HarDiagnostics.diagnose(call)
 *             .ifPresent(d -> System.out.println(har.redact(TextRenderer.render(d)))));
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
   * other, and what the failing request lacks. Each file is streamed; of the working calls, the
   * first of each route is kept (at most {@value #KEPT_ROUTES} routes).
   *
   * @param first a recording
   * @param firstName its name as the user knows it, e.g. {@code browser.har}
   * @param second the other recording
   * @param secondName its name, e.g. {@code postman.har}
   * @return the comparison, or empty when no route diverges or the requests do not differ in a way
   *     that explains it
   * @throws IOException when a file cannot be read again
   */
  public static Optional<Diagnosis> compare(
      HarFile first, String firstName, HarFile second, String secondName) throws IOException {
    Optional<Diagnosis> firstWorked = compareDirected(first, firstName, second, secondName);
    return firstWorked.isPresent()
        ? firstWorked
        : compareDirected(second, secondName, first, firstName);
  }

  /** The working routes kept for a comparison at most; a session rarely has a hundred. */
  public static final int KEPT_ROUTES = 10_000;

  private static Optional<Diagnosis> compareDirected(
      HarFile worked, String workedName, HarFile failed, String failedName) throws IOException {
    Map<String, HarEntry> firstWorking = new HashMap<>();
    worked.forEachEntry(
        e -> {
          if (e.status() / 100 == 2 && e.isRestCall() && firstWorking.size() < KEPT_ROUTES) {
            firstWorking.putIfAbsent(routeKey(e), e.withoutResponseBody());
          }
        });
    List<HarEntry[]> pair = new ArrayList<>(1);
    failed.forEachEntry(
        e -> {
          if (pair.isEmpty()
              && (e.status() == 401 || e.status() == 403)
              && firstWorking.containsKey(routeKey(e))) {
            pair.add(new HarEntry[] {firstWorking.get(routeKey(e)), e});
          }
        });
    return pair.isEmpty()
        ? Optional.empty()
        : SessionComparison.compare(pair.get(0)[0], workedName, pair.get(0)[1], failedName);
  }

  private static String routeKey(HarEntry e) {
    return e.method() + " " + e.restRoute().orElse("");
  }
}
