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
    return WordPressAnswers.isAnonymous(f.status, f.code, f.wordPressAnswered());
  }
}
