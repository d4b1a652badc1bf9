package dev.wprest.client.authorize;

import dev.wprest.client.UnauthorizedException;
import java.util.Optional;

/**
 * One pasted password that {@link PasteFlow} did not accept: not shaped like an Application
 * Password (nothing was sent), or refused by WordPress ({@link #refusal()}, the {@code 401} of
 * {@code users/me}, which the diagnostics module explains without sending anything more). Never
 * holds the paste itself.
 */
public final class WrongPaste {
  private final int attempt;
  private final int attemptsLeft;
  private final String problem;
  private final UnauthorizedException refusal;

  WrongPaste(int attempt, int attemptsLeft, String problem, UnauthorizedException refusal) {
    this.attempt = attempt;
    this.attemptsLeft = attemptsLeft;
    this.problem = problem;
    this.refusal = refusal;
  }

  /**
   * Which paste this was, from 1.
   *
   * @return the attempt
   */
  public int attempt() {
    return attempt;
  }

  /**
   * How many more pastes the flow will ask for.
   *
   * @return 0 when this was the last
   */
  public int attemptsLeft() {
    return attemptsLeft;
  }

  /**
   * What was wrong, in a sentence for the user (without the paste).
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * WordPress's refusal of the pasted credential, when it was sent; e.g. for {@code
   * AuthDiagnostics.diagnose(...)}.
   *
   * @return the refusal, or empty when the paste was refused before sending
   */
  public Optional<UnauthorizedException> refusal() {
    return Optional.ofNullable(refusal);
  }

  @Override
  public String toString() {
    return "WrongPaste{attempt="
        + attempt
        + ", attemptsLeft="
        + attemptsLeft
        + ", "
        + problem
        + "}";
  }
}
