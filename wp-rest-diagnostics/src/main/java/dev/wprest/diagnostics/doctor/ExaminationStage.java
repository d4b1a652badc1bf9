package dev.wprest.diagnostics.doctor;

import dev.wprest.client.HttpMethod;

/**
 * A stage after discovery, with what every stage works with: the session, the site discovery found,
 * the call asked about ({@code route} null when only the identity is asked about), whether the
 * XML-RPC cross-check may run, and the report being assembled. A stage hands them on to the next
 * one it starts.
 */
abstract class ExaminationStage {
  final ProbeSession s;
  final SiteView view;
  final String route;
  final HttpMethod method;
  final boolean xmlRpc;
  final ReportAssembly report;

  ExaminationStage(ProbeSession s, SiteView view, String route, HttpMethod method, boolean xmlRpc) {
    this.s = s;
    this.view = view;
    this.route = route;
    this.method = method;
    this.xmlRpc = xmlRpc;
    this.report = new ReportAssembly(s);
  }

  /** The next stage, on the same examination. */
  ExaminationStage(ExaminationStage previous) {
    this.s = previous.s;
    this.view = previous.view;
    this.route = previous.route;
    this.method = previous.method;
    this.xmlRpc = previous.xmlRpc;
    this.report = previous.report;
  }
}
