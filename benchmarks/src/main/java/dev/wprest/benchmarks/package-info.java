/**
 * JMH benchmarks of wp-rest against the raw JDK {@code HttpClient} plus Jackson doing the same work
 * in the same run. Run with {@code benchmarks/run.sh}; see the README's Performance section.
 */
package dev.wprest.benchmarks;
