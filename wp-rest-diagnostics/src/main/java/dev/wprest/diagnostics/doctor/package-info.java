/**
 * The active doctor: {@link dev.wprest.diagnostics.doctor.AuthDoctor} asks a WordPress site a few
 * read-only questions (at most ten requests) and turns the answers into a {@link
 * dev.wprest.diagnostics.Diagnosis} that is {@code CONFIRMED} only where a probe proved the cause.
 */
package dev.wprest.diagnostics.doctor;
