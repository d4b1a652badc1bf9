package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.diagnostics.Confidence;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.LikelyCause;
import org.junit.jupiter.api.Test;

/**
 * A page cache keyed without the Authorization header answers users/me with an anonymous answer it
 * stored, which looks exactly like a stripped header, XML-RPC cross-check included: the same
 * request with a query of its own tells them apart.
 */
@WireMockTest
class StoredAnswerDoctorTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;

  /** Anonymous users/me for every URL, XML-RPC accepting the password (as on a stripped site). */
  private static FakeSite cachedAnonymousAnswer(WireMockRuntimeInfo wm) {
    return new FakeSite(wm)
        .home()
        .recorded("index.modphp")
        .recorded("users-me.basic-valid.stripped-header")
        .recorded("xmlrpc.getUsersBlogs.app-password.stripped");
  }

  private static DoctorReport examine(FakeSite site) {
    return AuthDoctor.builder(site.url())
        .applicationPassword("itadmin", APP_PASSWORD)
        .build()
        .examine();
  }

  @Test
  void anAnswerStoredByACacheIsNamedAndNeverConfirmedAsAStrippedHeader(WireMockRuntimeInfo wm) {
    FakeSite site =
        cachedAnonymousAnswer(wm)
            .recordedWithQuery(
                "users-me.basic-valid.admin.modphp", "GET", "/wp-json/wp/v2/users/me", "wp_doctor");

    DoctorReport report = examine(site);

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    assertThat(d.cause()).isEqualTo(LikelyCause.UNKNOWN);
    assertThat(d.summary()).contains("with a query of its own was accepted", "stored");
    assertThat(d.firstCheck()).contains("page cache", "Authorization header", "purge");
    assertThat(d.alternatives())
        .extracting(a -> a.cause())
        .contains(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(report.probes())
        .filteredOn(p -> p.name().equals("fresh-query"))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).hasValue(200));
    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", APP_PASSWORD);
  }

  @Test
  void whenTheFreshRequestIsRefusedTooTheStrippedHeaderStaysConfirmed(WireMockRuntimeInfo wm) {
    DoctorReport report = examine(cachedAnonymousAnswer(wm));

    Diagnosis d = report.diagnosis().orElseThrow();
    assertThat(d.cause()).isEqualTo(LikelyCause.AUTHORIZATION_HEADER_STRIPPED);
    assertThat(d.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(report.probes())
        .filteredOn(p -> p.name().equals("fresh-query"))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).hasValue(401));
  }
}
