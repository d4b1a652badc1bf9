package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Explains failed WordPress REST calls. The entry point of this module.
 *
 * <pre>{@code
 * try {
 *   JsonNode me = AuthDiagnostics.call(() -> client.json(WpRequest.get("/wp/v2/users/me").build()));
 * } catch (AuthDiagnosisException e) {
 *   Diagnosis d = e.diagnosis();   // d.cause(), d.firstCheck(), d.alternatives(), ...
 *   System.err.println(TextRenderer.render(d));
 * }
 *
 * // or once for a whole client: every failure then throws AuthDiagnosisException
 * WordPressClient wp = AuthDiagnostics.install(WordPressClient.builder()).baseUrl(url).build();
 * }</pre>
 *
 * <p>The analysis is passive: it reasons from the failed call alone (status, WordPress code, who
 * answered, the credential's shape, the site's index) and sends nothing. So it never says {@link
 * Confidence#CONFIRMED}; where one failed call cannot tell causes apart it says so, names the
 * others in {@link Diagnosis#alternatives()}, and gives a first check that separates them.
 * Successful calls pay nothing.
 */
public final class AuthDiagnostics {
  private static final AnalyzerChain CHAIN = AnalyzerChain.standard();

  private AuthDiagnostics() {}

  /**
   * Runs a call and turns any failure into an {@link AuthDiagnosisException} carrying the
   * diagnosis, with the original failure as its cause.
   *
   * @param call the call, e.g. {@code () -> client.json(request)}
   * @param <T> the call's result
   * @return the call's result
   * @throws AuthDiagnosisException when the call throws any runtime exception
   */
  public static <T> T call(Supplier<T> call) {
    requireNonNull(call, "call == null");
    try {
      return call.get();
    } catch (AuthDiagnosisException alreadyDiagnosed) {
      throw alreadyDiagnosed;
    } catch (RuntimeException e) {
      throw new AuthDiagnosisException(diagnose(e), e);
    }
  }

  /**
   * Runs a call without a result, like {@link #call(Supplier)}.
   *
   * @param call the call
   * @throws AuthDiagnosisException when the call throws any runtime exception
   */
  public static void run(Runnable call) {
    requireNonNull(call, "call == null");
    call(
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * Diagnoses a failure without throwing. Anything is accepted: a failure that did not come from
   * the wp-rest client (or wraps none) gets {@link LikelyCause#UNKNOWN} with what is known.
   *
   * @param failure the failure, usually a {@link WordPressException} or something wrapping one
   * @return the diagnosis, never null
   */
  public static Diagnosis diagnose(Throwable failure) {
    if (failure instanceof AuthDiagnosisException) {
      return ((AuthDiagnosisException) failure).diagnosis();
    }
    try {
      return CHAIN.diagnose(failure);
    } catch (RuntimeException | StackOverflowError analysisFailed) {
      // The fallback itself failed (it should not): still answer, with no evidence to misreport.
      return Diagnosis.builder(LikelyCause.UNKNOWN)
          .summary(
              "The failure could not be analyzed (" + analysisFailed.getClass().getName() + ").")
          .evidence("analysis error", analysisFailed.getClass().getName())
          .build();
    }
  }

  /**
   * The translator that turns a client's failures into {@link AuthDiagnosisException}s, for {@link
   * WordPressClient.Builder#failureTranslator(Function)}.
   *
   * @return the translator
   */
  public static Function<WordPressException, AuthDiagnosisException> translator() {
    return failure -> new AuthDiagnosisException(diagnose(failure), failure);
  }

  /**
   * Wraps a whole client once: every failure of the client built from {@code builder} throws {@link
   * AuthDiagnosisException} (its cause is the original {@link WordPressException}).
   *
   * @param builder the client's builder
   * @return the same builder
   */
  public static WordPressClient.Builder install(WordPressClient.Builder builder) {
    return requireNonNull(builder, "builder == null").failureTranslator(translator());
  }
}
