package dev.wprest.diagnostics;

/** How sure a diagnosis is. */
public enum Confidence {
  /**
   * A probe proved the cause (only the active doctor can say this; the passive analysis of one
   * failed call never does).
   */
  CONFIRMED,
  /** The evidence points at this cause more than at any other. */
  LIKELY,
  /** The evidence is compatible with this cause, and with others listed as alternatives. */
  POSSIBLE
}
