/**
 * Explains failed WordPress REST calls: start at {@link dev.wprest.diagnostics.AuthDiagnostics}
 * (passive, from the failure alone) or {@link dev.wprest.diagnostics.doctor.AuthDoctor} (active
 * probes). Requires the client transitively: its exceptions and builder appear in this API.
 * Analyzers of your own are found with {@link java.util.ServiceLoader}: {@code provides
 * dev.wprest.diagnostics.DiagnosisAnalyzer with ...} in your module, or {@code META-INF/services}
 * on the class path.
 */
module dev.wprest.diagnostics {
  requires transitive dev.wprest.client;
  requires org.slf4j;

  exports dev.wprest.diagnostics;
  exports dev.wprest.diagnostics.doctor;
  exports dev.wprest.diagnostics.har;

  uses dev.wprest.diagnostics.DiagnosisAnalyzer;
}
