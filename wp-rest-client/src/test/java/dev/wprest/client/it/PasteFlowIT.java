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
import dev.wprest.client.authorize.PasteFlow;
import dev.wprest.client.authorize.PathChoice;
import dev.wprest.client.authorize.WrongPaste;
import dev.wprest.client.model.ApplicationPassword;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The paste path against the harness's https site, whose environment type is {@code production}: a
 * real user logs in, opens the page the flow built, approves on WordPress's own page, and the
 * password WordPress shows there is what the flow's supplier hands over.
 */
@ParameterizedClass
@EnumSource(WpVersion.class)
class PasteFlowIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final RealWordPress wp;
  private final UUID appId = UUID.randomUUID();
  private final String appName = "wp-rest paste IT " + appId.toString().substring(0, 8);
  private final List<WrongPaste> wrongPastes = new ArrayList<>();

  PasteFlowIT(WpVersion version) {
    this.wp = RealWordPress.sites(version);
  }

  private SiteInfo site(String name) {
    return wp.client(name, AuthStrategy.none()).build().siteInfo();
  }

  private PasteFlow flow(String name) {
    return PasteFlow.builder(site(name), AuthorizationRequest.builder(appName).appId(appId).build())
        .verifyWith(auth -> wp.client(name, auth).build())
        .onWrongPaste(wrongPastes::add)
        .build();
  }

  private static Supplier<char[]> pastes(String... pastes) {
    Iterator<String> next = List.of(pastes).iterator();
    return () -> next.next().toCharArray();
  }

  private List<ApplicationPassword> createdForThisTest() {
    return wp
        .client("https", wp.appPasswordAuth("author"))
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
    WordPressClient author = wp.client("https", wp.appPasswordAuth("author")).build();
    createdForThisTest().forEach(p -> author.applicationPasswords("me").delete(p.uuid()));
  }

  @Test
  void theSitesAnswersChooseTheLoopbackCallbackOnTheLocalSiteAndPasteOnTheProductionOne()
      throws Exception {
    assertThat(PathChoice.forSite(site("modphp")).path())
        .isEqualTo(PathChoice.Path.LOOPBACK_CALLBACK);
    assertThat(PathChoice.forSite(site("https")).path()).isEqualTo(PathChoice.Path.PASTE);

    // What a browser logged in to each site sees for a request with the loopback callback.
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      AuthorizationRequest withCallback =
          AuthorizationRequest.builder(appName).appId(appId).callbacks(receiver).build();
      BrowserApproval.Page local =
          BrowserApproval.loggedIn(wp, "modphp", "author")
              .open(withCallback.uriFor(site("modphp")));
      BrowserApproval.Page production =
          BrowserApproval.loggedIn(wp, "https", "author").open(withCallback.uriFor(site("https")));

      assertThat(PathChoice.fromAuthorizationPage(local.status, local.html).path())
          .isEqualTo(PathChoice.Path.LOOPBACK_CALLBACK);
      assertThat(production.status).isEqualTo(500);
      assertThat(production.html)
          .contains("The Authorize Application request is not allowed.")
          .contains("The URL must be served over a secure connection.");
      assertThat(PathChoice.fromAuthorizationPage(production.status, production.html).path())
          .isEqualTo(PathChoice.Path.PASTE);
    }
  }

  @Test
  void thePasswordWordPressShowsAfterApprovalIsPastedVerifiedAndWorks() throws Exception {
    PasteFlow flow = flow("https");
    assertThat(flow.authorizationUrl().toString())
        .startsWith(wp.url("https") + "wp-admin/authorize-application.php?")
        .doesNotContain("success_url");
    BrowserApproval browser = BrowserApproval.loggedIn(wp, "https", "author");
    BrowserApproval.Page page = browser.open(flow.authorizationUrl());
    assertThat(page.status).isEqualTo(200);
    assertThat(page.fields).containsEntry("success_url", "").containsKey("_wpnonce");

    // WordPress's page without JavaScript never shows the password it created: 6.1 leaves the box
    // empty (esc_attr() without echo), 6.8 passes the notice through wp_kses_post(), which removes
    // the <input>. Browsers run auth-app.js instead, which shows the REST answer's password.
    BrowserApproval.Page noScript = browser.approveShowingPassword(page);
    assertThat(noScript.status).isEqualTo(200);
    assertThat(noScript.html).contains("Your new password for");
    if (wp.version() == WpVersion.V6_1) {
      assertThat(noScript.shownPassword()).isEmpty();
    } else {
      assertThat(noScript.shownPassword()).isNull();
    }
    deleteWhatThisTestCreated(); // revoked, as the user would: nobody can know it
    String shown = browser.approveWithScript(browser.open(flow.authorizationUrl()));
    assertThat(shown).matches("([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}"); // as the page shows it
    String typo = (shown.charAt(0) == 'x' ? "y" : "x") + shown.substring(1);

    AuthorizationResult result = flow.await(wp.login("author"), pastes(typo, shown + "\n"), WAIT);

    assertThat(wrongPastes)
        .singleElement()
        .satisfies(
            wrong -> {
              assertThat(wrong.refusal().orElseThrow().status()).isEqualTo(401);
              assertThat(wrong.problem()).doesNotContain(typo);
            });
    AuthorizationResult.Approved approved = result.approved().orElseThrow();
    assertThat(approved.userLogin()).isEqualTo(wp.login("author"));
    assertThat(approved.toString()).doesNotContain(approved.revealPassword());
    assertThat(wp.client("https", approved.credential()).build().users().me().id())
        .isEqualTo(Long.parseLong(wp.get("user.author.id")));
    assertThat(createdForThisTest()).extracting(ApplicationPassword::name).contains(appName);
  }

  @Test
  void aRejectionOnThePageCreatesNothingAndTheUserHasNothingToPaste() throws Exception {
    PasteFlow flow = flow("https");
    BrowserApproval browser = BrowserApproval.loggedIn(wp, "https", "author");

    // Without a reject URL WordPress sends the browser to the dashboard.
    assertThat(browser.reject(browser.open(flow.authorizationUrl())).toString())
        .isEqualTo(wp.url("https") + "wp-admin/");
    AuthorizationResult result = flow.await(wp.login("author"), pastes(""), WAIT);

    assertThat(result.outcome()).isEqualTo(AuthorizationResult.Outcome.CANCELLED);
    assertThat(createdForThisTest()).isEmpty();
  }

  @Test
  void aUserWithoutApplicationPasswordsGetsWordPresssRefusalOnThePage() throws Exception {
    PasteFlow flow = flow("appoffuser");
    BrowserApproval.Page page =
        BrowserApproval.loggedIn(wp, "appoffuser", "author").open(flow.authorizationUrl());

    assertThat(page.status).isEqualTo(501);
    assertThat(page.html).contains("Application passwords are not available for your account");
    assertThat(page.fields).doesNotContainKey("_wpnonce");
    assertThat(flow.await(wp.login("author"), () -> null, WAIT).outcome())
        .isEqualTo(AuthorizationResult.Outcome.CANCELLED);
  }

  @Test
  void anHttpsSiteWithApplicationPasswordsSwitchedOffFailsBeforeAnyPage() {
    AuthorizationUnavailableException off =
        catchThrowableOfType(AuthorizationUnavailableException.class, () -> flow("appoffhttps"));

    assertThat(off.reason())
        .isEqualTo(AuthorizationUnavailableException.Reason.APPLICATION_PASSWORDS_UNAVAILABLE);
    assertThat(off.getMessage()).contains("wp_is_application_passwords_available");
  }
}
