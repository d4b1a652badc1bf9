package dev.wprest.spring.boot;

import dev.wprest.client.CallInfo;
import dev.wprest.client.CallSummary;
import dev.wprest.client.WordPressEventListener;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The client's calls as Micrometer meters and observations, through the client's event listener.
 *
 * <ul>
 *   <li>{@value #CALLS}: one observation per call (a span where tracing is set up; with Spring
 *       Boot's default handler, a timer of that name), tagged {@code method}, {@code route} (the
 *       route template), {@code status}, {@code outcome}, {@code exception} and {@code retries}.
 *       Without an {@link ObservationRegistry}, a timer of the same name and tags.
 *   <li>{@value #DIAGNOSES}: a counter of failed calls by their diagnosis's {@code cause}, {@code
 *       code} and {@code confidence}.
 * </ul>
 *
 * <p>No tag holds a URL, query string, header or credential: only what {@link CallInfo} and {@link
 * CallSummary} carry, and the diagnosis's cause.
 */
final class WordPressMetrics implements WordPressEventListener {
  /** The calls' observation and timer. */
  static final String CALLS = "wordpress.client.calls";

  /** The diagnoses of failed calls. */
  static final String DIAGNOSES = "wordpress.client.diagnoses";

  /**
   * The observations of the calls running on this thread: a call's events all come on the thread
   * that runs it, and each start has exactly one end.
   */
  private static final ThreadLocal<Deque<Observation>> RUNNING =
      ThreadLocal.withInitial(ArrayDeque::new);

  private final ObjectProvider<MeterRegistry> meters;
  private final ObjectProvider<ObservationRegistry> observations;

  WordPressMetrics(
      ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
    this.meters = meters;
    this.observations = observations;
  }

  @Override
  public void callStart(CallInfo call) {
    ObservationRegistry registry = observations.getIfAvailable();
    if (registry != null) {
      RUNNING
          .get()
          .push(
              Observation.createNotStarted(CALLS, registry)
                  .contextualName("wordpress " + call)
                  .lowCardinalityKeyValue("method", call.method().name())
                  .lowCardinalityKeyValue("route", call.routeTemplate())
                  .start());
    }
  }

  @Override
  public void callEnd(CallInfo call, CallSummary summary) {
    ended(call, summary, null);
  }

  @Override
  public void callFailed(CallInfo call, CallSummary summary, RuntimeException failure) {
    ended(call, summary, failure);
    MeterRegistry registry = meters.getIfAvailable();
    if (registry != null) {
      // The diagnosis the installed diagnostics attached; analyzed here only when not installed.
      Diagnosis d = AuthDiagnostics.diagnose(failure);
      registry
          .counter(
              DIAGNOSES,
              "cause",
              d.cause().name(),
              "code",
              d.code(),
              "confidence",
              d.confidence().name())
          .increment();
    }
  }

  private void ended(CallInfo call, CallSummary summary, RuntimeException failure) {
    Tags tags =
        Tags.of(
            "method", call.method().name(),
            "route", call.routeTemplate(),
            "status", summary.status().isPresent() ? "" + summary.status().getAsInt() : "none",
            "outcome", summary.outcome().name(),
            "exception", failure == null ? "none" : failure.getClass().getSimpleName(),
            "retries", Integer.toString(summary.retries()));
    Deque<Observation> running = RUNNING.get();
    if (!running.isEmpty()) {
      Observation observation = running.pop();
      KeyValues keyValues = KeyValues.empty();
      for (io.micrometer.core.instrument.Tag tag : tags) {
        keyValues = keyValues.and(tag.getKey(), tag.getValue());
      }
      observation.lowCardinalityKeyValues(keyValues);
      if (failure != null) {
        observation.error(failure);
      }
      observation.stop();
      return;
    }
    MeterRegistry registry = meters.getIfAvailable();
    if (registry != null) {
      Timer.builder(CALLS).tags(tags).register(registry).record(summary.duration());
    }
  }
}
