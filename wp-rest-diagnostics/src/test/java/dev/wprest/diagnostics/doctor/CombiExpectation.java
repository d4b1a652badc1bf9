package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.LikelyCause;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the doctor should say about one combination: OK, or a cause; which other causes are also
 * true of the site (an answer naming one of them agrees); and which causes the evidence a doctor
 * can gather there is able to prove (CONFIRMED is allowed only for those).
 */
final class CombiExpectation {
  private final LikelyCause cause; // null: the call works, the report must be OK
  private final Set<LikelyCause> accepted;
  private final Set<LikelyCause> confirmable;
  final String why;

  private CombiExpectation(
      LikelyCause cause, Set<LikelyCause> accepted, Set<LikelyCause> confirmable, String why) {
    this.cause = cause;
    this.accepted = Collections.unmodifiableSet(accepted);
    this.confirmable = Collections.unmodifiableSet(confirmable);
    this.why = why;
  }

  static CombiExpectation ok(String why) {
    return new CombiExpectation(
        null, EnumSet.noneOf(LikelyCause.class), EnumSet.noneOf(LikelyCause.class), why);
  }

  /** A cause the evidence can prove. */
  static CombiExpectation provable(LikelyCause cause, String why) {
    return new CombiExpectation(cause, EnumSet.of(cause), EnumSet.of(cause), why);
  }

  /** A cause the evidence cannot prove: the best answer is LIKELY. */
  static CombiExpectation unprovable(LikelyCause cause, String why) {
    return new CombiExpectation(cause, EnumSet.of(cause), EnumSet.noneOf(LikelyCause.class), why);
  }

  /** The same, with another cause that is also true of the site. */
  CombiExpectation alsoTrue(LikelyCause other) {
    EnumSet<LikelyCause> a = EnumSet.copyOf(with(accepted, other));
    return new CombiExpectation(cause, a, EnumSet.copyOf(orEmpty(confirmable)), why);
  }

  /** The same, with another true cause that the evidence can prove as well. */
  CombiExpectation alsoProvable(LikelyCause other) {
    return new CombiExpectation(
        cause,
        EnumSet.copyOf(with(accepted, other)),
        EnumSet.copyOf(with(confirmable, other)),
        why);
  }

  /** The same, its reason led by what a layer in front changes (or does not change) about it. */
  CombiExpectation explainedAfter(String front) {
    return new CombiExpectation(
        cause,
        EnumSet.copyOf(orEmpty(accepted)),
        EnumSet.copyOf(orEmpty(confirmable)),
        front + "; " + why);
  }

  Optional<LikelyCause> cause() {
    return Optional.ofNullable(cause);
  }

  boolean expectsOk() {
    return cause == null;
  }

  Set<LikelyCause> accepted() {
    return accepted;
  }

  Set<LikelyCause> confirmable() {
    return confirmable;
  }

  /** One line of the expectations file (after the combination and its half). */
  String row() {
    return (cause == null ? "OK" : cause.code())
        + "\t"
        + codes(accepted)
        + "\t"
        + codes(confirmable)
        + "\t"
        + why;
  }

  private static String codes(Set<LikelyCause> causes) {
    return causes.isEmpty()
        ? "-"
        : causes.stream().map(LikelyCause::code).collect(Collectors.joining(","));
  }

  private static Set<LikelyCause> with(Set<LikelyCause> set, LikelyCause more) {
    EnumSet<LikelyCause> s = EnumSet.copyOf(orEmpty(set));
    s.add(more);
    return s;
  }

  private static Set<LikelyCause> orEmpty(Set<LikelyCause> set) {
    return set.isEmpty() ? EnumSet.noneOf(LikelyCause.class) : set;
  }
}
