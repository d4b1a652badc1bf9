package dev.wprest.wpdoctor;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.authorize.AuthorizationResult;
import dev.wprest.client.authorize.PasteFlow;
import dev.wprest.client.authorize.WrongPaste;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

/**
 * The paste path of {@code wp-doctor login}, for sites that refuse the loopback callback: WordPress
 * shows the new password on its page, the user pastes it at a no-echo prompt, and each paste is
 * checked on {@code users/me} before it is accepted; a refused one is explained with the passive
 * diagnosis of WordPress's answer and asked again. Everything it prints goes to stderr.
 */
final class LoginPaste {
  private final PrintStream err;
  private final PasteReader reader;

  LoginPaste(PrintStream err, PasteReader reader) {
    this.err = err;
    this.reader = reader;
  }

  /** The user who approves: WordPress shows only the password, Basic auth needs the login too. */
  String user(String given) {
    return given != null
        ? given
        : reader.visible("WordPress user name (or e-mail) to sign in as: ");
  }

  /** Builds the flow: the authorization URL has no success_url, so WordPress shows the password. */
  PasteFlow flow(PasteFlow.Builder builder, Function<AuthStrategy, WordPressClient> clients) {
    return builder.verifyWith(clients).onWrongPaste(this::explain).build();
  }

  /** What to do on WordPress's page, once the URL is printed. */
  void instructions(String user) {
    err.println(
        "Approve wp-doctor there as "
            + user
            + "; WordPress then shows the new password once. Copy it and paste it here"
            + " (an empty line cancels; if you rejected the request, nothing was created).");
  }

  AuthorizationResult await(PasteFlow flow, String user, Duration timeout)
      throws InterruptedException {
    return flow.await(user, () -> reader.secret("Application Password: "), timeout);
  }

  private void explain(WrongPaste wrong) {
    err.println("Not accepted: " + wrong.problem() + ".");
    if (wrong.refusal().isPresent()) {
      Diagnosis d = AuthDiagnostics.diagnose(wrong.refusal().get());
      err.println("  Diagnosis: " + d.summary() + " (" + d.code() + ", " + d.confidence() + ")");
      err.println("  A typo gets the same answer: paste exactly what WordPress shows.");
    }
    if (wrong.attemptsLeft() > 0) {
      err.println("Try again (" + wrong.attemptsLeft() + " more).");
    }
  }
}
