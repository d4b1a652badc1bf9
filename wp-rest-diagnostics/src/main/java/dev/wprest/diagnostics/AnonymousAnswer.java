package dev.wprest.diagnostics;

import dev.wprest.diagnostics.internal.WordPressAnswers;

/**
 * The answer WordPress gives a request it sees as anonymous: a 401 in its own JSON envelope, with
 * the route's code ({@code rest_not_logged_in}, {@code rest_cannot_create}, ...). Many different
 * causes end in exactly this answer; the analyzers tell them apart by what was sent.
 */
final class AnonymousAnswer {
  private AnonymousAnswer() {}

  static boolean is(FailureFacts f) {
    // Without the body, a 401 with no server challenge is most often this answer; the chain then
    // says so at no more than POSSIBLE (see AnalyzerChain).
    boolean unrecorded401 =
        f.bodyUnrecorded() && f.status == 401 && f.header("www-authenticate").isEmpty();
    return unrecorded401 || WordPressAnswers.isAnonymous(f.status, f.code, f.wordPressAnswered());
  }
}
