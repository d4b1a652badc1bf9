package dev.wprest.client.authorize;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.AuthStrategy;
import java.net.URI;
import java.util.Optional;

/**
 * How an authorization request ended: {@link Approved} with the new credential, {@link Rejected} by
 * the user or by the site (or, on the paste path, given up), or {@link TimedOut}. A closed family:
 * these three are all there is.
 */
public abstract class AuthorizationResult {

  /** The kinds of result, for a {@code switch}. */
  public enum Outcome {
    /** The user approved; a new Application Password exists. */
    APPROVED,
    /** The user rejected the request ({@code success=false}). */
    REJECTED,
    /**
     * The site refused the request: Application Passwords are not available for this user or site
     * (WordPress's "Go Back" link adds {@code error=disabled}).
     */
    UNAVAILABLE,
    /** No answer came before the timeout. */
    TIMED_OUT,
    /**
     * The paste path only: the user pasted nothing (an empty line, the end of input), or the flow
     * was cancelled. If they rejected the request on WordPress's page, nothing was created.
     */
    CANCELLED,
    /**
     * The paste path only: WordPress accepted none of the pasted passwords. If the user approved
     * the request, an Application Password exists and is not known here; revoke it in wp-admin.
     */
    NOT_VERIFIED
  }

  private AuthorizationResult() {}

  /**
   * The kind of result.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The new credential, when the user approved.
   *
   * @return the approval, or empty
   */
  public Optional<Approved> approved() {
    return Optional.empty();
  }

  /** The user approved: WordPress created an Application Password and sent it to the callback. */
  public static final class Approved extends AuthorizationResult {
    private final URI siteUrl;
    private final String userLogin;
    private final String password;

    Approved(URI siteUrl, String userLogin, String password) {
      this.siteUrl = requireNonNull(siteUrl, "siteUrl == null");
      this.userLogin = requireNonNull(userLogin, "userLogin == null");
      this.password = requireNonNull(password, "password == null");
    }

    @Override
    public Outcome outcome() {
      return Outcome.APPROVED;
    }

    @Override
    public Optional<Approved> approved() {
      return Optional.of(this);
    }

    /**
     * The site's URL as WordPress sent it ({@code site_url()}, where {@code wp-login.php} lives).
     *
     * @return the URL
     */
    public URI siteUrl() {
      return siteUrl;
    }

    /**
     * The login of the user who approved.
     *
     * @return the login
     */
    public String userLogin() {
      return userLogin;
    }

    /**
     * The new credential, ready for {@code WordPressClient.builder().auth(...)}.
     *
     * @return {@link AuthStrategy#applicationPassword(String, String)} for this user and password
     */
    public AuthStrategy credential() {
      return AuthStrategy.applicationPassword(userLogin, password);
    }

    /**
     * The new Application Password itself, for a program that must store it (a secret store, an
     * environment file). WordPress shows it only once. Never log it.
     *
     * @return the password, as WordPress generated it (24 letters and digits)
     */
    public String revealPassword() {
      return password;
    }

    @Override
    public String toString() {
      return "Approved{siteUrl=" + siteUrl + ", userLogin=" + userLogin + ", password=<hidden>}";
    }
  }

  /**
   * No credential was obtained: the user rejected the request or the site refused it (no password
   * was created), or, on the paste path, the user gave up ({@link Outcome#CANCELLED}) or no paste
   * was accepted ({@link Outcome#NOT_VERIFIED}).
   */
  public static final class Rejected extends AuthorizationResult {
    private final Outcome outcome;

    Rejected(Outcome outcome) {
      this.outcome = outcome;
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }

    @Override
    public String toString() {
      return "Rejected{" + outcome + "}";
    }
  }

  /** No answer came before the timeout; the receiver is closed. */
  public static final class TimedOut extends AuthorizationResult {
    TimedOut() {}

    @Override
    public Outcome outcome() {
      return Outcome.TIMED_OUT;
    }

    @Override
    public String toString() {
      return "TimedOut";
    }
  }
}
