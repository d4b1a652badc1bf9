/**
 * Explains failed WordPress REST calls: which stage failed (transport, route, identity, permission,
 * response), the most likely cause with a stable code, the evidence, the first check and what not
 * to do yet. Start at {@link dev.wprest.diagnostics.AuthDiagnostics}. Classes not public here are
 * implementation.
 */
package dev.wprest.diagnostics;
