package dev.wprest.diagnostics;

/**
 * Where a failed call stopped, in the order a request meets the checks: the network and whatever
 * stands in front of WordPress, then the route, then the identity, then the permission, and last
 * the shape of the answer.
 */
public enum Stage {
  /** The request did not reach WordPress's REST API, or was refused before it was sent. */
  TRANSPORT,
  /** The REST API or the route was not found. */
  ROUTE,
  /** No identity was accepted: missing, stripped, rejected or unsupported credentials. */
  IDENTITY,
  /** An identity was accepted but is not allowed to do this. */
  PERMISSION,
  /** WordPress was reached but its answer was not usable (PHP output, server error, bad JSON). */
  RESPONSE
}
