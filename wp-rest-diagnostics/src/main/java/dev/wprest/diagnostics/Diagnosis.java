package dev.wprest.diagnostics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a WordPress REST call failed: the stage it stopped at, the most likely cause and how sure
 * that is, a one-sentence summary with the real method, route, status and code, the evidence, the
 * one thing to check first, what not to do yet, and the other causes still open.
 *
 * <p>Immutable. Its texts are the analyzer's own sentences, kept as written: the values they quote
 * from the wire or the caller (messages, headers, bodies, titles) were masked before the sentence
 * was composed, never the sentence afterwards, so that no word of it is eaten. Built by the passive
 * analysis of {@link AuthDiagnostics}, by the active doctor, or by a {@link DiagnosisAnalyzer}, all
 * through {@link #builder(LikelyCause)}. Only a diagnosis backed by probe evidence ({@link
 * Evidence#probe}) can be {@link Confidence#CONFIRMED}.
 */
public final class Diagnosis {
  private final Stage stage;
  private final LikelyCause cause;
  private final Confidence confidence;
  private final String summary;
  private final List<Evidence> evidence;
  private final String firstCheck;
  private final List<String> notYet;
  private final List<Alternative> alternatives;
  private final List<String> doesNotFit;

  private Diagnosis(Builder b) {
    this.cause = b.cause;
    this.stage = b.stage;
    this.confidence = b.confidence;
    this.summary = b.summary;
    this.evidence = List.copyOf(b.evidence);
    this.firstCheck = b.firstCheck;
    this.notYet = List.copyOf(b.notYet);
    this.alternatives = List.copyOf(b.alternatives);
    this.doesNotFit = List.copyOf(b.doesNotFit);
  }

  /**
   * Starts a diagnosis of {@code cause}, with the cause's stage, first check and not-yet list as
   * defaults and confidence {@link Confidence#POSSIBLE}.
   *
   * @param cause the most likely cause
   * @return a builder
   */
  public static Builder builder(LikelyCause cause) {
    return new Builder(cause);
  }

  /**
   * A builder holding everything this diagnosis says, to refine it (the doctor adds probe evidence
   * and raises the confidence).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(cause);
    b.stage = stage;
    b.confidence = confidence;
    b.summary = summary;
    b.evidence.addAll(evidence);
    b.firstCheck = firstCheck;
    b.notYet = new ArrayList<>(notYet);
    b.alternatives.addAll(alternatives);
    b.doesNotFit.addAll(doesNotFit);
    return b;
  }

  /**
   * Where the call stopped.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * The most likely cause.
   *
   * @return the cause
   */
  public LikelyCause cause() {
    return cause;
  }

  /**
   * The stable code of the cause.
   *
   * @return e.g. {@code WPD-401-HEADER-STRIPPED}
   */
  public String code() {
    return cause.code();
  }

  /**
   * How sure the diagnosis is.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * One sentence with the real method, route, status and code.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * What was observed, in order, secrets masked.
   *
   * @return the evidence
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * The one thing to check first, in the imperative.
   *
   * @return the check
   */
  public String firstCheck() {
    return firstCheck;
  }

  /**
   * What not to do yet.
   *
   * @return the items, possibly empty
   */
  public List<String> notYet() {
    return notYet;
  }

  /**
   * Other causes still open, most plausible first.
   *
   * @return the alternatives, possibly empty
   */
  public List<Alternative> alternatives() {
    return alternatives;
  }

  /**
   * What was observed in the same run that this diagnosis cannot explain (an independent probe that
   * accepted the credential, a status core never sends with the code, a proxy that answered where
   * WordPress should have). A diagnosis with such observations is never CONFIRMED.
   *
   * @return the observations, possibly empty
   */
  public List<String> doesNotFit() {
    return doesNotFit;
  }

  /**
   * Where the cause is explained in the troubleshooting guide.
   *
   * @return e.g. {@code
   *     https://github.com/wp-rest/wp-rest/blob/main/docs/troubleshooting.md#wpd-401-header-stripped}
   */
  public String docLink() {
    return cause.docLink();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Diagnosis)) {
      return false;
    }
    Diagnosis d = (Diagnosis) o;
    return stage == d.stage
        && cause == d.cause
        && confidence == d.confidence
        && summary.equals(d.summary)
        && evidence.equals(d.evidence)
        && firstCheck.equals(d.firstCheck)
        && notYet.equals(d.notYet)
        && alternatives.equals(d.alternatives)
        && doesNotFit.equals(d.doesNotFit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, cause, confidence, summary, evidence, firstCheck, notYet);
  }

  /** The short form: code, confidence and summary. */
  @Override
  public String toString() {
    return TextRenderer.shortForm(this);
  }

  /** Builds a {@link Diagnosis}. */
  public static final class Builder {
    private final LikelyCause cause;
    private Stage stage;
    private Confidence confidence = Confidence.POSSIBLE;
    private String summary;
    private final List<Evidence> evidence = new ArrayList<>();
    private String firstCheck;
    private List<String> notYet;
    private final List<Alternative> alternatives = new ArrayList<>();
    private final List<String> doesNotFit = new ArrayList<>();

    private Builder(LikelyCause cause) {
      this.cause = requireNonNull(cause, "cause == null");
      this.stage = cause.stage();
      this.firstCheck = cause.firstCheck();
      this.notYet = new ArrayList<>(cause.notYet());
    }

    /**
     * Sets the stage, when the evidence places the failure elsewhere than the cause's default.
     *
     * @param stage the stage
     * @return this
     */
    public Builder stage(Stage stage) {
      this.stage = requireNonNull(stage, "stage == null");
      return this;
    }

    /**
     * Sets the confidence. {@link Confidence#CONFIRMED} needs probe evidence by {@link #build()}.
     *
     * @param confidence the confidence
     * @return this
     */
    public Builder confidence(Confidence confidence) {
      this.confidence = requireNonNull(confidence, "confidence == null");
      return this;
    }

    /**
     * Sets the one-sentence summary.
     *
     * @param summary the summary, with the real method, route, status and code
     * @return this
     */
    public Builder summary(String summary) {
      this.summary = requireNonNull(summary, "summary == null");
      return this;
    }

    /**
     * Adds observed evidence.
     *
     * @param label what was observed
     * @param value what it was
     * @return this
     */
    public Builder evidence(String label, String value) {
      return evidence(Evidence.of(label, value));
    }

    /**
     * Adds evidence, e.g. a probe's ({@link Evidence#probe}).
     *
     * @param item the evidence
     * @return this
     */
    public Builder evidence(Evidence item) {
      evidence.add(requireNonNull(item, "item == null"));
      return this;
    }

    /**
     * Replaces the first check with one that names the situation's real values.
     *
     * @param check the check, in the imperative
     * @return this
     */
    public Builder firstCheck(String check) {
      this.firstCheck = requireNonNull(check, "check == null");
      return this;
    }

    /**
     * Replaces the not-yet list.
     *
     * @param items what not to do yet
     * @return this
     */
    public Builder notYet(List<String> items) {
      this.notYet = new ArrayList<>(requireNonNull(items, "items == null"));
      return this;
    }

    /**
     * Adds an alternative after those already added (add the most plausible first). An alternative
     * naming the primary cause, or one already listed, is ignored.
     *
     * @param alternative the cause still open
     * @param why why it is still open
     * @return this
     */
    public Builder alternative(LikelyCause alternative, String why) {
      boolean listed =
          alternative == cause || alternatives.stream().anyMatch(a -> a.cause() == alternative);
      if (!listed) {
        alternatives.add(Alternative.of(alternative, why));
      }
      return this;
    }

    /**
     * Adds an observation of the run that the diagnosis cannot explain.
     *
     * @param observation what was observed and why it does not fit, secrets masked
     * @return this
     */
    public Builder doesNotFit(String observation) {
      requireNonNull(observation, "observation == null");
      if (!doesNotFit.contains(observation)) {
        doesNotFit.add(observation);
      }
      return this;
    }

    /**
     * Removes all alternatives, e.g. when a probe ruled them out.
     *
     * @return this
     */
    public Builder clearAlternatives() {
      alternatives.clear();
      return this;
    }

    /**
     * Builds the diagnosis.
     *
     * @return the immutable diagnosis
     * @throws IllegalStateException without a summary, or when CONFIRMED has no probe evidence
     */
    public Diagnosis build() {
      if (summary == null || summary.isBlank()) {
        throw new IllegalStateException("a diagnosis needs a summary: " + cause);
      }
      if (confidence == Confidence.CONFIRMED && evidence.stream().noneMatch(Evidence::fromProbe)) {
        throw new IllegalStateException(
            "CONFIRMED needs evidence from a probe; passive evidence can only make it LIKELY: "
                + cause);
      }
      if (confidence == Confidence.CONFIRMED && !doesNotFit.isEmpty()) {
        throw new IllegalStateException(
            "CONFIRMED while an observation does not fit: " + cause + " " + doesNotFit);
      }
      return new Diagnosis(this);
    }
  }
}
