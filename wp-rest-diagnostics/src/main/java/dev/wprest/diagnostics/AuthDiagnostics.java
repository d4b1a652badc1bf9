package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.LoginFailedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Explains failed WordPress REST calls. The entry point of this module.
 *
 * <pre>{@code
 * // once for a whole client: every failure keeps its type and carries its diagnosis
 * WordPressClient wp = AuthDiagnostics.install(WordPressClient.builder()).baseUrl(url).build();
 * try {
 *   wp.posts().get(42);
 * } catch (NotFoundException e) {          // still matches, as without diagnostics
 *   Diagnosis d = AuthDiagnostics.diagnose(e);   // the attached diagnosis, not a new analysis
 *   System.err.println(TextRenderer.render(d));
 * }
 *
 * // or around one call: an auth failure (401, 403, challenge, lockout) becomes AuthDiagnosisException
 * try {
 *   JsonNode me = AuthDiagnostics.call(() -> wp.json(WpRequest.get("/wp/v2/users/me").build()));
 * } catch (AuthDiagnosisException e) {
 *   Diagnosis d = e.diagnosis();   // d.cause(), d.firstCheck(), d.alternatives(), ...
 * }
 * }</pre>
 *
 * <p><b>Why failures keep their type.</b> Installing diagnostics must not change what a program
 * catches: a {@code catch (NotFoundException e)} or {@code catch (UnauthorizedException e)} written
 * before keeps matching. So the diagnosis travels <em>with</em> the original exception, attached as
 * a suppressed {@link AuthDiagnosisException}: stack traces and logs print it under {@code
 * Suppressed:}, and {@link #diagnose(Throwable)} returns it without analyzing again. Only {@link
 * #call(Supplier)} and {@link #run(Runnable)}, which a caller writes around a call precisely to
 * catch the diagnosis, throw {@link AuthDiagnosisException}, and only for failures of
 * authentication or authorization (see {@link #call(Supplier)}). Exceptions that did not come from
 * the client (a bug in the caller's own code) pass through untouched.
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
   * Runs a call and diagnoses its failure. A failure of authentication or authorization is thrown
   * as an {@link AuthDiagnosisException} (a {@link WordPressException} too) whose cause is the
   * original: any 401 or 403 answer, whoever sent it (WordPress, a firewall, the web server); a
   * failed cookie or token {@link LoginFailedException}; a diagnosis at the {@link Stage#IDENTITY}
   * or {@link Stage#PERMISSION} stage; a server's authentication challenge met during discovery; a
   * security layer's block; a 429 lockout of a call that carried credentials. Any other failure
   * from the client (a 404 route, a 5xx, a transport failure, a malformed body) is rethrown as it
   * was, with its diagnosis attached (see {@link #diagnose(Throwable)}), so that a {@code catch
   * (NotFoundException e)} around the call still matches. An exception that did not come from the
   * client (no {@link WordPressException} in its cause chain) is rethrown untouched.
   *
   * @param call the call, e.g. {@code () -> client.json(request)}
   * @param <T> the call's result
   * @return the call's result
   * @throws AuthDiagnosisException when the call failed to authenticate or was not allowed
   */
  public static <T> T call(Supplier<T> call) {
    requireNonNull(call, "call == null");
    try {
      return call.get();
    } catch (AuthDiagnosisException alreadyDiagnosed) {
      throw alreadyDiagnosed;
    } catch (RuntimeException e) {
      WordPressException fromClient = clientFailureIn(e);
      if (fromClient == null) {
        throw e;
      }
      Diagnosis diagnosis = attached(e).orElseGet(() -> analyze(e));
      if (AuthFailures.isAuthFailure(fromClient, diagnosis)) {
        throw new AuthDiagnosisException(diagnosis, e, fromClient);
      }
      attach(fromClient, diagnosis);
      throw e;
    }
  }

  /**
   * Runs a call without a result, like {@link #call(Supplier)}.
   *
   * @param call the call
   * @throws AuthDiagnosisException when the call failed to authenticate
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
   * Diagnoses a failure without throwing. A diagnosis already attached by {@link
   * #install(WordPressClient.Builder)} or {@link #call(Supplier)} (to the failure or to a {@link
   * WordPressException} in its cause chain) is returned as it is. Anything is accepted: a failure
   * that did not come from the wp-rest client (or wraps none) gets {@link LikelyCause#UNKNOWN} with
   * what is known.
   *
   * @param failure the failure, usually a {@link WordPressException} or something wrapping one
   * @return the diagnosis, never null
   */
  public static Diagnosis diagnose(Throwable failure) {
    return attached(failure).orElseGet(() -> analyze(failure));
  }

  private static Diagnosis analyze(Throwable failure) {
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
   * WordPressClient.Builder#failureTranslator(Function)}. This changes the type of every failure:
   * {@link #install(WordPressClient.Builder)} keeps the types and should be preferred.
   *
   * @return the translator
   */
  public static Function<WordPressException, AuthDiagnosisException> translator() {
    return failure ->
        failure instanceof AuthDiagnosisException
            ? (AuthDiagnosisException) failure
            : new AuthDiagnosisException(diagnose(failure), failure);
  }

  /**
   * Wraps a whole client once: every failure of the client built from {@code builder} is thrown
   * with its own type, as before, and carries its diagnosis as a suppressed {@link
   * AuthDiagnosisException}; {@link #diagnose(Throwable)} returns it. A successful call pays
   * nothing.
   *
   * @param builder the client's builder
   * @return the same builder
   */
  public static WordPressClient.Builder install(WordPressClient.Builder builder) {
    return requireNonNull(builder, "builder == null")
        .failureTranslator(
            failure -> {
              attach(failure, diagnose(failure));
              return failure;
            });
  }

  /** The client's exception in the cause chain, or null when the client was not involved. */
  private static WordPressException clientFailureIn(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
      if (t instanceof WordPressException) {
        return (WordPressException) t;
      }
    }
    return null;
  }

  private static Optional<Diagnosis> attached(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
      if (t instanceof AuthDiagnosisException) {
        return Optional.of(((AuthDiagnosisException) t).diagnosis());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (suppressed instanceof AuthDiagnosisException) {
          return Optional.of(((AuthDiagnosisException) suppressed).diagnosis());
        }
      }
    }
    return Optional.empty();
  }

  /** Attaches once: a failure rethrown through several layers carries one diagnosis. */
  private static void attach(WordPressException failure, Diagnosis diagnosis) {
    if (attached(failure).isEmpty()) {
      failure.addSuppressed(AuthDiagnosisException.attached(diagnosis, failure));
    }
  }

  private static final int MAX_CAUSES = 32;
}
