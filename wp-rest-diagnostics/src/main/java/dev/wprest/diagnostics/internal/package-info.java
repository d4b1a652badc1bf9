/**
 * WordPress facts the passive analyzers and the doctor share (the anonymous answer, the credential
 * codes, core's capabilities, the token plugins' namespaces). Not API: not exported from the
 * module, and anything here may change in any release.
 */
package dev.wprest.diagnostics.internal;
