package dev.wprest.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains {@code wordpress.*} properties that cannot make a client. */
class InvalidWordPressPropertiesFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidWordPressPropertiesException> {
  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, InvalidWordPressPropertiesException cause) {
    return new FailureAnalysis(
        "The WordPress client could not be configured: " + cause.getMessage(),
        cause.action(),
        cause);
  }
}
