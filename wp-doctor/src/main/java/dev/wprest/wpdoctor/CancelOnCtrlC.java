package dev.wprest.wpdoctor;

import dev.wprest.client.authorize.AuthorizationResult;
import java.io.PrintStream;

/**
 * A wait for the authorization's result that Ctrl-C ends cleanly: a shutdown hook, present only
 * while waiting, closes the receiver or cancels the paste and says that nothing was printed (the
 * JDK's {@code Console} restores the terminal's echo itself).
 */
final class CancelOnCtrlC {
  /** A blocking wait for the authorization's result. */
  interface Wait {
    AuthorizationResult result() throws InterruptedException;
  }

  private CancelOnCtrlC() {}

  static AuthorizationResult wait(PrintStream err, Runnable cancel, Wait wait)
      throws InterruptedException {
    Thread hook =
        new Thread(
            () -> {
              cancel.run();
              err.println();
              err.println("wp-doctor login: cancelled; nothing was printed");
            },
            "wp-doctor-login-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return wait.result();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C came while waiting: the hook is running.
      }
    }
  }
}
