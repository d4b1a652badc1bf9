package dev.wprest.diagnostics.doctor;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The doctor on sites that answer its index, users/me and XML-RPC with fuzzed mixtures of core's
 * answers, plugins' answers and garbage: whatever they say, the report keeps {@link
 * ReportInvariants} (above all, no CONFIRMED verdict that an observation of the run contradicts: an
 * XML-RPC acceptance of a credential called refused, core's code with a status core never sends
 * with it), stays within its budget and leaks no secret. The seed corpus under {@code
 * DoctorFuzzTestInputs} runs in every {@code mvn test}.
 */
class DoctorFuzzTest {
  private static final String APP_PASSWORD = ApplicationPasswordDoctorTest.APP_PASSWORD;
  private static final String LOGIN_PASSWORD = ApplicationPasswordDoctorTest.LOGIN_PASSWORD;
  private static final int[] STATUSES = {200, 401, 403, 404, 500, 501, 400, 429, 503};
  private static final String[] CODES = {
    "rest_not_logged_in",
    "incorrect_password",
    "invalid_username",
    "invalid_email",
    "application_passwords_disabled",
    "application_passwords_disabled_for_user",
    "rest_cookie_invalid_nonce",
    "rest_no_route",
    "rest_cannot_access",
    "rest_login_required",
    "rest_unauthorized",
    "wp_die",
    "jwt_auth_bad_auth_header",
    "rest_forbidden",
    ""
  };
  private static final String[] MESSAGES = {
    "You are not currently logged in.",
    "The provided password is an invalid application password.",
    "Unknown username. Check again or try your email address.",
    "Application passwords are not available.",
    "You are not authorized to perform this action.",
    "Sorry, you are not allowed to do that.",
    "Authorization header malformed.",
    "abcd EFGH 1234 ijkl MNOP 5678"
  };
  private static final String[] FAULTS = {
    "Incorrect username or password.",
    "ERROR: Too many failed login attempts. Please try again in 20 minutes.",
    "XML-RPC services are disabled on this site.",
    "Falscher Benutzername oder Passwort."
  };

  private static WireMockServer server;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @FuzzTest(maxDuration = "10s")
  void noConfirmedVerdictHasAnObservationAgainstIt(FuzzedDataProvider data) {
    server.resetAll();
    FakeSite site = new FakeSite(new WireMockRuntimeInfo(server)).home();
    if (data.consumeBoolean()) {
      site.recorded("index.modphp");
    } else {
      site.answer("GET", "/wp-json/", status(data), "application/json", envelope(data));
    }
    site.answer("GET", "/wp-json/wp/v2/users/me", status(data), "application/json", envelope(data));
    int xmlRpc = data.consumeInt(0, 3);
    if (xmlRpc == 0) {
      site.recorded("xmlrpc.getUsersBlogs.app-password.stripped");
    } else if (xmlRpc == 1) {
      int code = data.consumeBoolean() ? 403 : data.consumeInt(100, 599);
      String fault = FAULTS[data.consumeInt(0, FAULTS.length - 1)];
      site.answer("POST", "/xmlrpc.php", 200, "text/xml", fault(code, fault));
    } else if (xmlRpc == 2) {
      site.answer("POST", "/xmlrpc.php", status(data), "text/html", data.consumeString(200));
    }
    String secret = data.consumeBoolean() ? APP_PASSWORD : LOGIN_PASSWORD;

    DoctorReport report =
        AuthDoctor.builder(site.url())
            .applicationPassword("itadmin", secret)
            .callTimeout(Duration.ofSeconds(5))
            .build()
            .examine();

    site.assertReadOnlyWithinBudget(report);
    Secrets.assertAbsent(report, "itadmin", secret);
  }

  private static int status(FuzzedDataProvider data) {
    return STATUSES[data.consumeInt(0, STATUSES.length - 1)];
  }

  /** WordPress's error envelope with a fuzzed code, message and data status. */
  private static String envelope(FuzzedDataProvider data) {
    String code = CODES[data.consumeInt(0, CODES.length - 1)];
    String message =
        data.consumeBoolean()
            ? MESSAGES[data.consumeInt(0, MESSAGES.length - 1)]
            : data.consumeString(60).replace("\"", "'").replace("\\", "/");
    return "{\"code\":\""
        + code
        + "\",\"message\":\""
        + message
        + "\",\"data\":{\"status\":"
        + status(data)
        + "}}";
  }

  private static String fault(int code, String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse><fault><value><struct>"
        + "<member><name>faultCode</name><value><int>"
        + code
        + "</int></value></member><member><name>faultString</name><value><string>"
        + text
        + "</string></value></member></struct></value></fault></methodResponse>\n";
  }
}
