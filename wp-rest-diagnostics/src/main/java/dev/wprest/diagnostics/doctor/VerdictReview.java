package dev.wprest.diagnostics.doctor;

import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_DISABLED_FOR_USER;
import static dev.wprest.diagnostics.LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE;
import static dev.wprest.diagnostics.LikelyCause.CREDENTIALS_REJECTED;
import static dev.wprest.diagnostics.LikelyCause.UNKNOWN_USER;

import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.LikelyCause;
import dev.wprest.diagnostics.internal.CoreSignature;
import dev.wprest.diagnostics.internal.CoreSignatures;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The last look at a verdict before it is reported: every observation of the run is checked against
 * it. An answer that carries a code the verdict's {@link Proof} reads, with a status core never
 * sends with it, is a plugin or proxy speaking, and the verdict gives way to UNKNOWN with core's
 * cause as an alternative. An independent probe that accepted the credential overrules a verdict
 * that the credential was refused. Anything else the verdict cannot explain (a message that is not
 * core's, a cache or proxy that answered) is shown as "what does not fit" and turns CONFIRMED into
 * LIKELY.
 */
final class VerdictReview {
  /** Causes that say the credential itself is bad: an accepted credential overrules them. */
  private static final Set<LikelyCause> REFUSED_CREDENTIAL =
      EnumSet.of(CREDENTIALS_REJECTED, UNKNOWN_USER, APPLICATION_PASSWORDS_DISABLED_FOR_USER);

  private final List<Observation> observations;
  private final XmlRpcProbe.Result xmlRpc;
  private final boolean shapedLikeApplicationPassword;
  private final UnaryOperator<String> redact;

  VerdictReview(
      List<Observation> observations,
      XmlRpcProbe.Result xmlRpc,
      boolean shapedLikeApplicationPassword,
      UnaryOperator<String> redact) {
    this.observations = List.copyOf(observations);
    this.xmlRpc = xmlRpc;
    this.shapedLikeApplicationPassword = shapedLikeApplicationPassword;
    this.redact = redact;
  }

  static VerdictReview of(ProbeSession s) {
    return new VerdictReview(
        s.observations(), s.xmlRpcResult, s.credential.shapedLikeApplicationPassword(), s::redact);
  }

  Verdict review(Verdict v) {
    List<CoreSignature> reads = v.proof == null ? List.of() : ProofReads.of(v.proof);
    for (CoreSignature signature : reads) {
      for (Observation o : observations) {
        CoreSignature.Fit fit = o.fit(signature);
        if (fit == CoreSignature.Fit.NOT_CORE) {
          return imitation(v, o, signature);
        }
        if (fit == CoreSignature.Fit.MESSAGE_DIFFERS) {
          v.doesNotFit(o.answered() + ": " + o.mismatch(signature) + ".");
        }
        if (fit != CoreSignature.Fit.OTHER_CODE) {
          o.layerAnswered()
              .ifPresent(
                  layer ->
                      v.doesNotFit(
                          o.answered()
                              + " with "
                              + redact.apply(layer)
                              + ": the verdict reads WordPress's own answer."));
        }
      }
    }
    boolean accepted = xmlRpc != null && xmlRpc.outcome == XmlRpcProbe.Outcome.ACCEPTED;
    if (accepted && REFUSED_CREDENTIAL.contains(v.cause)) {
      return overruled(v);
    }
    if (accepted && v.cause == APPLICATION_PASSWORDS_UNAVAILABLE && shapedLikeApplicationPassword) {
      v.doesNotFit(
          "XML-RPC accepted the same Application Password, and WordPress refuses Application"
              + " Passwords there too where they are not available.");
    }
    if (v.confirmed()) {
      for (Observation o : observations) {
        Optional<CoreSignature> core = CoreSignatures.forCode(o.code);
        if (core.isPresent() && o.fit(core.get()) == CoreSignature.Fit.NOT_CORE) {
          v.doesNotFit(o.answered() + ": " + o.mismatch(core.get()) + ".");
        }
      }
    }
    return v;
  }

  /** Core's code in an answer core does not give: a plugin or proxy answered. */
  private Verdict imitation(Verdict v, Observation o, CoreSignature signature) {
    String who =
        o.header("Server").map(h -> " (Server: " + redact.apply(h) + ")").orElse("")
            + o.header("Via").map(h -> " (Via: " + redact.apply(h) + ")").orElse("");
    Verdict u =
        Verdict.of(
                LikelyCause.UNKNOWN,
                Confidence.POSSIBLE,
                o.answered()
                    + who
                    + ", but not as core WordPress answers it: "
                    + o.mismatch(signature)
                    + ". A plugin or a proxy answered with core's code, so it does not show that "
                    + v.cause.title().toLowerCase(Locale.ROOT)
                    + ".")
            .alternative(
                v.cause,
                "what core means by "
                    + o.code
                    + ", if whatever answered passes core's answer on with another status.")
            .alternative(
                LikelyCause.BLOCKED_BY_SECURITY_LAYER,
                "a security plugin, firewall or proxy answering with core's code.")
            .firstCheck(
                "Find who answered "
                    + o.status
                    + " "
                    + o.code
                    + who
                    + ": switch the security and REST plugins off one at a time (or ask the host"
                    + " whether a firewall or proxy rewrites answers) and call again. When the"
                    + " answer becomes core's ("
                    + signature.statuses()
                    + " "
                    + o.code
                    + "), run the doctor again; when it changes to something else, the layer"
                    + " just switched off produced it.");
    v.alternatives().forEach(a -> u.alternative(a.cause(), a.why()));
    u.doesNotFit(o.answered() + ": " + o.mismatch(signature) + ".");
    return u;
  }

  /** XML-RPC accepted the credential that the verdict says was refused. */
  private Verdict overruled(Verdict v) {
    Verdict u =
        Verdict.of(
                LikelyCause.UNKNOWN,
                Confidence.POSSIBLE,
                "XML-RPC accepted the same username and password, so the credential is good: "
                    + "what refused it over REST is not WordPress's password check.")
            .alternative(
                LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
                "XML-RPC reads the credential from its body, REST from the Authorization header.")
            .alternative(
                LikelyCause.AUTH_PLUGIN_REJECTS_SCHEME,
                "a plugin that claims the Authorization header refuses it before WordPress.")
            .alternative(v.cause, "only if XML-RPC checks credentials differently on this site.")
            .firstCheck(
                "As an administrator run Tools > Site Health and look at its Authorization header"
                    + " test: a missing header is the server's or proxy's doing; an arriving one"
                    + " points at a plugin that refuses REST credentials (switch the security and"
                    + " authentication plugins off one at a time).");
    u.doesNotFit(
        "XML-RPC accepted the same credential, which "
            + v.cause.title().toLowerCase(Locale.ROOT)
            + " cannot explain.");
    return u;
  }
}
