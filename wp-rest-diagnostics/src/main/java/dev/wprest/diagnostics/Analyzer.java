package dev.wprest.diagnostics;

import java.util.Optional;

/**
 * One built-in analyzer: recognizes one kind of failure and explains it, or returns empty when the
 * failure is not its own. Analyzers are tried in order and the first answer wins, so a specific
 * analyzer comes before a general one.
 */
interface Analyzer {
  Optional<Diagnosis> analyze(FailureFacts facts);
}
