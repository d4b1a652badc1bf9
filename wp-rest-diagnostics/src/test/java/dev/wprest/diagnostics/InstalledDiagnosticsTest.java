package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Installing diagnostics keeps every {@code catch} a program already has, and the diagnosis is
 * reachable from the client's own exception; {@code call()} turns only authentication failures into
 * {@link AuthDiagnosisException} and leaves the caller's own bugs alone.
 */
@WireMockTest
class InstalledDiagnosticsTest {
  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();
  private static final WpRequest NO_ROUTE = WpRequest.get("/wp/v2/no-such-route").build();

  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    Replay site =
        new Replay(wm)
            .index(recorded("index.modphp"))
            .answer(recorded("route-unknown.modphp"))
            .answer(recorded("users-me.basic-login-password.modphp"));
    wp = site.client(TestStrategies.loginPasswordAsBasic());
  }

  @Test
  void anExistingCatchOfNotFoundStillMatchesAndTheDiagnosisRidesAlong() {
    Diagnosis d;
    try {
      wp.execute(NO_ROUTE);
      throw new AssertionError("the route exists");
    } catch (NotFoundException e) {
      d = AuthDiagnostics.diagnose(e);
      assertThat(e.getSuppressed())
          .singleElement()
          .isInstanceOfSatisfying(
              AuthDiagnosisException.class, s -> assertThat(s.diagnosis()).isSameAs(d));
    }
    assertThat(d.cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
  }

  @Test
  void anExistingCatchOfUnauthorizedStillMatchesAndTheStackTraceShowsTheDiagnosis() {
    UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> wp.json(ME));

    assertThat(AuthDiagnostics.diagnose(e).cause())
        .isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD);
    assertThat(stackTrace(e))
        .contains("Suppressed: dev.wprest.diagnostics.AuthDiagnosisException: [WPD-401-LOGIN")
        .doesNotContain(TestStrategies.LOGIN_PASSWORD);
  }

  @Test
  void callTurnsAnAuthenticationFailureIntoAuthDiagnosisException() {
    Throwable thrown = catchThrowable(() -> AuthDiagnostics.call(() -> wp.json(ME)));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            AuthDiagnosisException.class,
            e ->
                assertThat(e.diagnosis().cause())
                    .isEqualTo(LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD))
        .hasCauseInstanceOf(UnauthorizedException.class);
  }

  @Test
  void callRethrowsOtherClientFailuresWithTheirOwnTypeAndTheirDiagnosis() {
    Throwable thrown = catchThrowable(() -> AuthDiagnostics.call(() -> wp.execute(NO_ROUTE)));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(AuthDiagnostics.diagnose(thrown).cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
    assertThat(thrown.getSuppressed()).hasSize(1);
  }

  @Test
  void callLetsTheCallersOwnBugPassThroughUntouched() {
    NullPointerException bug = new NullPointerException("the caller's own bug");

    Throwable thrown =
        catchThrowable(
            () ->
                AuthDiagnostics.call(
                    () -> {
                      throw bug;
                    }));

    assertThat(thrown).isSameAs(bug);
    assertThat(bug.getSuppressed()).isEmpty();
    assertThat(bug.getCause()).isNull();
  }

  @Test
  void runLetsTheCallersOwnBugPassThroughUntouched() {
    IllegalStateException bug = new IllegalStateException("not a WordPress failure");

    assertThat(
            catchThrowable(
                () ->
                    AuthDiagnostics.run(
                        () -> {
                          throw bug;
                        })))
        .isSameAs(bug);
  }

  @Test
  void anAsyncFailureKeepsItsWrapperAndItsDiagnosisIsFoundThroughIt() {
    Throwable thrown =
        catchThrowable(() -> AuthDiagnostics.call(() -> wp.executeAsync(NO_ROUTE).join()));

    assertThat(thrown).isInstanceOf(CompletionException.class);
    assertThat(thrown.getCause()).isInstanceOf(NotFoundException.class);
    assertThat(AuthDiagnostics.diagnose(thrown).cause()).isEqualTo(LikelyCause.ROUTE_NOT_FOUND);
  }

  @Test
  void aFailureRethrownThroughSeveralCallsCarriesOneDiagnosis() {
    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> wp.execute(NO_ROUTE));

    for (int i = 0; i < 3; i++) {
      catchThrowable(
          () ->
              AuthDiagnostics.call(
                  () -> {
                    throw e;
                  }));
    }

    assertThat(e.getSuppressed()).hasSize(1);
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
