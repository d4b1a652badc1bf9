package dev.wprest.diagnostics.doctor;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One question the doctor asked the site: the request (its URI redacted), the status it got, and
 * what that showed, in one sentence. A probe that could not be sent (budget, policy, an unreachable
 * site) has no status and says why in its finding.
 */
public final class ProbeResult {
  private final String name;
  private final String request;
  private final int status;
  private final String finding;

  private ProbeResult(String name, String request, int status, String finding) {
    this.name = requireNonNull(name, "name == null");
    this.request = requireNonNull(request, "request == null");
    this.status = status;
    this.finding = requireNonNull(finding, "finding == null");
  }

  /**
   * Creates a probe result.
   *
   * @param name what the probe asks, e.g. {@code identity}
   * @param request the request sent, e.g. {@code GET https://example.com/wp-json/wp/v2/users/me},
   *     already redacted
   * @param status the HTTP status, or a negative number when no answer came
   * @param finding what the answer showed, in one sentence, free of secrets
   * @return the result
   */
  public static ProbeResult of(String name, String request, int status, String finding) {
    return new ProbeResult(name, request, status, finding);
  }

  /**
   * What the probe asks, e.g. {@code discovery}, {@code index}, {@code identity}, {@code xml-rpc}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The method and redacted URI, e.g. {@code GET http://example.com/wp-json/wp/v2/users/me}.
   *
   * @return the request line
   */
  public String request() {
    return request;
  }

  /**
   * The HTTP status the probe got.
   *
   * @return the status, empty when no answer came
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * What the answer showed.
   *
   * @return one sentence
   */
  public String finding() {
    return finding;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProbeResult)) {
      return false;
    }
    ProbeResult p = (ProbeResult) o;
    return name.equals(p.name)
        && request.equals(p.request)
        && status == p.status
        && finding.equals(p.finding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, request, status, finding);
  }

  @Override
  public String toString() {
    return name + ": " + request + " -> " + (status < 0 ? "no answer" : status) + ": " + finding;
  }
}
