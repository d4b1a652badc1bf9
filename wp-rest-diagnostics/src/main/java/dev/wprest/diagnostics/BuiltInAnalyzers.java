package dev.wprest.diagnostics;

import java.util.List;

/** The built-in analyzers, most specific first. */
final class BuiltInAnalyzers {
  private BuiltInAnalyzers() {}

  static List<Analyzer> inOrder() {
    return List.of(
        // Failures before or around the exchange.
        new InsecureTransportAnalyzer(),
        new AuthorizationUnavailableAnalyzer(),
        new RedirectRefusedAnalyzer(),
        new TransportFailureAnalyzer(),
        // A challenge from in front of WordPress, also when discovery met it.
        new ServerChallengeAnalyzer(),
        new RestApiNotFoundAnalyzer(),
        new LoginFailedAnalyzer(),
        // Answers that did not come from WordPress.
        new SecurityLayerPageAnalyzer(),
        new NonWordPressAnswerAnalyzer(),
        new MalformedResponseAnalyzer(),
        // Core's codes in answers core does not give: not core's causes.
        new CoreCodeImitationAnalyzer(),
        // WordPress and plugin codes that name their cause.
        new ApplicationPasswordsDisabledAnalyzer(),
        new CredentialCodeAnalyzer(),
        new NonceAnalyzer(),
        new JwtPluginAnalyzer(),
        new RestApiDisabledAnalyzer(),
        new PluginStopAnalyzer(),
        new RouteNotFoundAnalyzer(),
        new ObjectNotFoundAnalyzer(),
        new ParameterPermissionAnalyzer(),
        // The anonymous 401, told apart by what was sent.
        new NoCredentialsAnalyzer(),
        new CookieSessionAnalyzer(),
        new BearerAnonymousAnalyzer(),
        new BasicAnonymousAnalyzer(),
        new OtherSchemeAnonymousAnalyzer(),
        // Identity accepted.
        new PermissionAnalyzer(),
        new StatusFamilyAnalyzer());
  }
}
