package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.authorize.AuthorizationRequest;
import dev.wprest.client.authorize.AuthorizationResult;
import dev.wprest.client.authorize.AuthorizationUnavailableException;
import dev.wprest.client.authorize.LoopbackReceiver;
import dev.wprest.client.model.ApplicationPassword;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Application Password authorization flow against the real sites: a real user logs in, opens
 * the page the client built, submits WordPress's own form (nonce included), and WordPress redirects
 * to the loopback receiver.
 */
class ApplicationPasswordAuthorizationIT {
  private static final RealWordPress WP = RealWordPress.sites();
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Unique per test: the created passwords are found (and deleted) by it. */
  private final UUID appId = UUID.randomUUID();

  private final String appName = "wp-rest authorization IT " + appId.toString().substring(0, 8);

  private static SiteInfo site(String name) {
    return WP.client(name, AuthStrategy.none()).build().siteInfo();
  }

  private List<ApplicationPassword> createdForThisTest() {
    return WP
        .client("modphp", WP.appPasswordAuth("author"))
        .build()
        .applicationPasswords("me")
        .list()
        .stream()
        .filter(p -> appId.toString().equals(p.appId()))
        .collect(Collectors.toList());
  }

  /** Keeps the harness clean for the other tests, whatever happened. */
  @AfterEach
  void deleteWhatThisTestCreated() {
    WordPressClient author = WP.client("modphp", WP.appPasswordAuth("author")).build();
    createdForThisTest().forEach(p -> author.applicationPasswords("me").delete(p.uuid()));
  }

  @Test
  void anApprovalThroughWordPresssOwnFormDeliversAWorkingCredential() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url =
          AuthorizationRequest.builder(appName)
              .appId(appId)
              .callbacks(receiver)
              .build()
              .uriFor(site("modphp"));
      assertThat(url.toString())
          .startsWith(WP.url("modphp") + "wp-admin/authorize-application.php?");

      BrowserApproval browser = BrowserApproval.loggedIn(WP, "modphp", "author");
      BrowserApproval.Page page = browser.open(url);
      assertThat(page.status).isEqualTo(200);
      assertThat(page.fields)
          .containsEntry("action", "authorize_application_password")
          .containsEntry("app_name", appName)
          .containsEntry("app_id", appId.toString())
          .containsEntry("success_url", receiver.successUrl().toString())
          .containsEntry("reject_url", receiver.rejectUrl().toString())
          .containsKey("_wpnonce");

      URI redirect = browser.approve(page);
      assertThat(redirect.getRawAuthority()).isEqualTo(receiver.successUrl().getRawAuthority());
      assertThat(BrowserApproval.follow(redirect)).isEqualTo(200);
      AuthorizationResult result = receiver.await(WAIT);

      AuthorizationResult.Approved approved = result.approved().orElseThrow();
      assertThat(approved.userLogin()).isEqualTo(WP.login("author"));
      assertThat(approved.siteUrl().toString() + "/").isEqualTo(WP.url("modphp"));
      assertThat(approved.toString()).doesNotContain(approved.revealPassword());
      WordPressClient withNewCredential = WP.client("modphp", approved.credential()).build();
      assertThat(withNewCredential.users().me().id())
          .isEqualTo(Long.parseLong(WP.get("user.author.id")));
      assertThat(createdForThisTest())
          .extracting(ApplicationPassword::name)
          .containsExactly(appName);
    }
  }

  @Test
  void aRejectionReachesTheReceiverAndCreatesNothing() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url =
          AuthorizationRequest.builder(appName)
              .appId(appId)
              .callbacks(receiver)
              .build()
              .uriFor(site("modphp"));
      BrowserApproval browser = BrowserApproval.loggedIn(WP, "modphp", "author");

      URI redirect = browser.reject(browser.open(url));
      assertThat(BrowserApproval.follow(redirect)).isEqualTo(200);

      assertThat(receiver.await(WAIT).outcome()).isEqualTo(AuthorizationResult.Outcome.REJECTED);
      assertThat(createdForThisTest()).isEmpty();
    }
  }

  @Test
  void aUserWithoutApplicationPasswordsIsSentBackAsUnavailable() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url =
          AuthorizationRequest.builder(appName)
              .appId(appId)
              .callbacks(receiver)
              .build()
              .uriFor(site("appoffuser"));
      BrowserApproval.Page page = BrowserApproval.loggedIn(WP, "appoffuser", "author").open(url);

      assertThat(page.status).isEqualTo(501);
      assertThat(page.html).contains("Application passwords are not available for your account");
      assertThat(BrowserApproval.follow(page.goBackLink())).isEqualTo(200);
      assertThat(receiver.await(WAIT).outcome()).isEqualTo(AuthorizationResult.Outcome.UNAVAILABLE);
    }
  }

  @Test
  void aProductionHttpsSiteRefusesTheHttpLoopbackCallback() throws Exception {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      URI url =
          AuthorizationRequest.builder(appName)
              .appId(appId)
              .callbacks(receiver)
              .build()
              .uriFor(site("https"));
      BrowserApproval.Page page = BrowserApproval.loggedIn(WP, "https", "author").open(url);

      assertThat(page.html).contains("The URL must be served over a secure connection.");
      assertThat(page.fields).doesNotContainKey("_wpnonce");
    }
  }

  @Test
  void withoutCallbacksAProductionHttpsSiteShowsItsForm() throws Exception {
    URI url = AuthorizationRequest.builder(appName).appId(appId).build().uriFor(site("https"));
    BrowserApproval.Page page = BrowserApproval.loggedIn(WP, "https", "author").open(url);

    assertThat(page.status).isEqualTo(200);
    assertThat(page.fields).containsKey("_wpnonce").containsEntry("success_url", "");
  }

  @Test
  void sitesWithoutApplicationPasswordsFailBeforeTheBrowserIsInvolved() {
    AuthorizationRequest request = AuthorizationRequest.builder(appName).appId(appId).build();

    AuthorizationUnavailableException off =
        catchThrowableOfType(
            AuthorizationUnavailableException.class, () -> request.uriFor(site("appoffsite")));
    AuthorizationUnavailableException plainHttp =
        catchThrowableOfType(
            AuthorizationUnavailableException.class, () -> request.uriFor(site("production")));

    assertThat(off.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(plainHttp.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(plainHttp.getMessage()).contains("WP_ENVIRONMENT_TYPE");
  }
}
