package dev.wprest.client.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Plays the user's browser in WordPress's Application Password authorization flow: logs in
 * through {@code wp-login.php} (keeping cookies), opens the authorization page, and submits
 * WordPress's own form (its {@code _wpnonce} included) with the approve or the reject button, as a
 * browser without JavaScript does. Redirects are not followed: the caller sees where WordPress
 * sends the browser.
 */
public final class BrowserApproval {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");
  private static final Pattern GO_BACK = Pattern.compile("<a href=['\"]([^'\"]*)['\"]");
  private static final Pattern SHOWN_PASSWORD =
      Pattern.compile("<input id=\"new-application-password-value\"[^>]*\\bvalue=\"([^\"]*)\"");
  private static final Pattern API_NONCE = Pattern.compile("\"nonce\":\"([0-9a-f]+)\"");
  private static final Pattern API_ROOT = Pattern.compile("\"root\":\"([^\"]+)\"");
  private static final Pattern JSON_PASSWORD = Pattern.compile("\"password\":\"([^\"]+)\"");

  private final HttpClient http;
  private final URI siteUrl;

  /** What the authorization page answered. */
  public static final class Page {
    /** The HTTP status. */
    public final int status;

    /** The HTML. */
    public final String html;

    /** The form's fields (hidden inputs and the name), decoded; empty when there is no form. */
    public final Map<String, String> fields;

    Page(int status, String html, Map<String, String> fields) {
      this.status = status;
      this.html = html;
      this.fields = fields;
    }

    /**
     * The link of WordPress's error page ("Go Back"), decoded.
     *
     * @return the link, or null
     */
    public URI goBackLink() {
      Matcher m = GO_BACK.matcher(html);
      URI last = null;
      while (m.find()) {
        last = URI.create(unescape(m.group(1)));
      }
      return last;
    }

    /**
     * The new password as WordPress's no-JavaScript page shows it after approval without a success
     * URL, in groups of four.
     *
     * @return the box's value (empty when WordPress left it empty), or null without the box
     */
    public String shownPassword() {
      Matcher m = SHOWN_PASSWORD.matcher(html);
      return m.find() ? unescape(m.group(1)) : null;
    }
  }

  private BrowserApproval(HttpClient http, URI siteUrl) {
    this.http = http;
    this.siteUrl = siteUrl;
  }

  /**
   * A browser logged in to a site of the harness.
   *
   * @param wp the harness
   * @param site the site, e.g. {@code modphp}
   * @param role the user, e.g. {@code author}
   * @return the logged-in browser
   * @throws Exception when the login fails
   */
  public static BrowserApproval loggedIn(RealWordPress wp, String site, String role)
      throws Exception {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10));
    if (wp.url(site).startsWith("https:")) {
      builder.sslContext(trusting(wp.get("site.https.cert")));
    }
    BrowserApproval browser = new BrowserApproval(builder.build(), URI.create(wp.url(site)));
    browser.login(wp.login(role), wp.password(role));
    return browser;
  }

  private static SSLContext trusting(String pem) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(Paths.get(pem))) {
      int i = 0;
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("wp-it-" + i++, cert);
      }
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  private void login(String login, String password) throws IOException, InterruptedException {
    URI loginUrl = siteUrl.resolve("wp-login.php");
    // WordPress refuses a login without its test cookie, which the login page sets.
    send(HttpRequest.newBuilder(loginUrl).GET());
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(loginUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        Map.of(
                            "log", login,
                            "pwd", password,
                            "wp-submit", "Log In",
                            "testcookie", "1",
                            "redirect_to", siteUrl.resolve("wp-admin/").toString()))));
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("wp-login.php did not log in: " + answer.statusCode());
    }
  }

  /**
   * Opens the authorization page, as the user's browser does with the URL the application shows.
   *
   * @param authorizationUrl the URL from {@code AuthorizationRequest.uriFor}
   * @return the page and its form's fields
   * @throws Exception on a network failure
   */
  public Page open(URI authorizationUrl) throws Exception {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(authorizationUrl).GET());
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(answer.body());
    while (input.find()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      Matcher attr = ATTR.matcher(input.group());
      while (attr.find()) {
        attrs.put(attr.group(1), unescape(attr.group(2)));
      }
      String type = attrs.getOrDefault("type", "text");
      if (attrs.containsKey("name") && (type.equals("hidden") || type.equals("text"))) {
        fields.put(attrs.get("name"), attrs.getOrDefault("value", ""));
      }
    }
    return new Page(answer.statusCode(), answer.body(), fields);
  }

  /**
   * Clicks "Yes, I approve of this connection".
   *
   * @param page the opened page
   * @return where WordPress redirects the browser (the success URL with the new password)
   * @throws Exception when WordPress does not redirect
   */
  public URI approve(Page page) throws Exception {
    return submit(page, "approve", "Yes, I approve of this connection");
  }

  /**
   * Clicks "No, I do not approve of this connection".
   *
   * @param page the opened page
   * @return where WordPress redirects the browser
   * @throws Exception when WordPress does not redirect
   */
  public URI reject(Page page) throws Exception {
    return submit(page, "reject", "No, I do not approve of this connection");
  }

  /**
   * Clicks "Yes, I approve of this connection" in a browser without JavaScript, on a request
   * without a success URL: WordPress answers with the page that shows the new password.
   *
   * @param page the opened page
   * @return the page after approval
   * @throws Exception on a network failure
   */
  public Page approveShowingPassword(Page page) throws Exception {
    HttpResponse<String> answer = post(page, "approve", "Yes, I approve of this connection");
    return new Page(answer.statusCode(), answer.body(), Map.of());
  }

  /**
   * Clicks "Yes, I approve of this connection" in a browser with JavaScript: WordPress's {@code
   * auth-app.js} creates the password through the REST API with the page's nonce ({@code
   * wp.apiRequest}, {@code POST /wp/v2/users/me/application-passwords}) and, without a success
   * URL, writes the answer's {@code password} into the page.
   *
   * @param page the opened page
   * @return the password the page shows
   * @throws Exception when WordPress does not create it
   */
  public String approveWithScript(Page page) throws Exception {
    Matcher nonce = API_NONCE.matcher(page.html);
    Matcher root = API_ROOT.matcher(page.html);
    if (!nonce.find() || !root.find()) {
      throw new IllegalStateException("the page has no wpApiSettings: " + page.status);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", page.fields.get("app_name"));
    if (!page.fields.getOrDefault("app_id", "").isEmpty()) {
      fields.put("app_id", page.fields.get("app_id"));
    }
    URI api = URI.create(root.group(1).replace("\\/", "/") + "wp/v2/users/me/application-passwords");
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(api)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-WP-Nonce", nonce.group(1))
                .POST(form(fields)));
    Matcher password = JSON_PASSWORD.matcher(answer.body());
    if (answer.statusCode() != 201 || !password.find()) {
      throw new IllegalStateException("WordPress did not create the password: " + answer.statusCode());
    }
    return password.group(1);
  }

  private URI submit(Page page, String button, String label) throws Exception {
    HttpResponse<String> answer = post(page, button, label);
    String location = answer.headers().firstValue("Location").orElse(null);
    if (answer.statusCode() != 302 || location == null) {
      throw new IllegalStateException("WordPress did not redirect: " + answer.statusCode());
    }
    return URI.create(location);
  }

  private HttpResponse<String> post(Page page, String button, String label) throws Exception {
    if (!page.fields.containsKey("_wpnonce")) {
      throw new IllegalStateException("the page has no authorization form: " + page.status);
    }
    Map<String, String> fields = new LinkedHashMap<>(page.fields);
    fields.put(button, label);
    return send(
        HttpRequest.newBuilder(siteUrl.resolve("wp-admin/authorize-application.php"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Referer", siteUrl.resolve("wp-admin/authorize-application.php").toString())
            .POST(form(fields)));
  }

  /**
   * Follows a redirect as the browser does, without the site's cookies (another origin).
   *
   * @param location where WordPress sent the browser
   * @return the status the target answered
   * @throws Exception on a network failure
   */
  public static int follow(URI location) throws Exception {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .build()
        .send(
            HttpRequest.newBuilder(location).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            body.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return HttpRequest.BodyPublishers.ofString(body.toString());
  }

  /** Undoes esc_attr and esc_url: the entities WordPress writes into attributes. */
  private static String unescape(String s) {
    return s.replace("&#038;", "&")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
