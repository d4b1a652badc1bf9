package dev.wprest.diagnostics.doctor;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.HttpMethod;
import dev.wprest.client.internal.CallLimits;
import dev.wprest.client.internal.HttpVersionChoice;
import dev.wprest.client.internal.TrustedCertificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * Asks a WordPress site a few read-only questions until it can say why authentication fails, and
 * says {@code CONFIRMED} only when a probe proved it. Where one failed call cannot tell a stripped
 * Authorization header from a wrong password, the doctor tries the same credential through XML-RPC
 * (which takes it in the body), reads the index, the {@code Allow} headers and the plugins' own
 * routes.
 *
 * <pre>{@code
 * DoctorReport report = AuthDoctor.builder(URI.create("https://example.com"))
 *     .applicationPassword("editor", System.getenv("WP_APP_PASSWORD"))
 *     .route("/wp/v2/posts").method(HttpMethod.POST)      // optional: the call that failed
 *     .build()
 *     .examine();
 * report.diagnosis().ifPresent(d -> System.out.println(TextRenderer.render(d)));
 * }</pre>
 *
 * <p>Its promises, enforced on every request rather than left to each probe: at most {@link
 * #MAX_REQUESTS} requests; only to the site's origin (and to https on the same host when the site
 * redirects there); nothing that writes: GET, HEAD and OPTIONS, plus XML-RPC's read-only {@code
 * wp.getUsersBlogs} (once), a JWT plugin's {@code token/validate}, and the login steps of a cookie
 * login; no credential over plain http to a host other than loopback unless {@link
 * Builder#allowInsecureHttp()}. No secret appears in the report. XML-RPC logins that fail may count
 * toward a security plugin's lockout: switch the cross-check off with {@link
 * Builder#xmlRpcCrossCheck(boolean)}.
 */
public final class AuthDoctor {
  /** The most requests one examination sends, the client's own steps included. */
  public static final int MAX_REQUESTS = 10;

  /** The default deadline of a whole examination, every request and body included. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

  /** The default largest answer the doctor reads; a larger one fails that probe, typed. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = CallLimits.DEFAULT_MAX_RESPONSE_BYTES;

  private final URI site;
  private final Credential credential;
  private final String route;
  private final HttpMethod method;
  private final boolean xmlRpcCrossCheck;
  private final boolean allowInsecureHttp;
  private final SSLContext sslContext;
  private final Duration callTimeout;
  private final Duration deadline;
  private final long maxResponseBytes;
  private final Clock clock;
  private final Consumer<ProbeResult> onProbe;

  private AuthDoctor(Builder b) {
    this.site = b.site;
    this.credential = b.credential;
    this.route = b.route;
    this.method = b.method;
    this.xmlRpcCrossCheck = b.xmlRpcCrossCheck;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.sslContext = b.sslContext;
    this.callTimeout = b.callTimeout;
    this.deadline = b.deadline;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.onProbe = b.onProbe;
  }

  /**
   * Starts a doctor for a site.
   *
   * @param site the site's URL ({@code https://example.com}) or its API root ({@code
   *     https://example.com/wp-json/}, {@code https://example.com/?rest_route=/})
   * @return a builder
   */
  public static Builder builder(URI site) {
    return new Builder(site);
  }

  /**
   * Examines a site with an existing strategy. The strategy is opaque to the doctor, so there is no
   * XML-RPC cross-check; give the secret to {@link Builder#applicationPassword(String, String)} for
   * that.
   *
   * @param site the site's URL or API root
   * @param auth the strategy
   * @return the report
   */
  public static DoctorReport examine(URI site, AuthStrategy auth) {
    return builder(site).auth(auth).build().examine();
  }

  /**
   * Runs the probes and reports. Each call starts afresh (a new session for a cookie login), and
   * never throws for what the site answers: an unreachable site is a report too.
   *
   * @return the report
   */
  public DoctorReport examine() {
    // The doctor speaks what the client would: HTTP/2 over TLS where offered, HTTP/1.1 otherwise.
    HttpClient http = HttpVersionChoice.newClient(site, null, callTimeout, sslContext);
    ProbeBudget budget = new ProbeBudget(site, MAX_REQUESTS, clock.instant().plus(deadline), clock);
    ProbeSession session =
        new ProbeSession(http, budget, callTimeout, maxResponseBytes, credential, allowInsecureHttp)
            .onProbe(onProbe);
    return new Examination(session, site, route, method, xmlRpcCrossCheck).run();
  }

  @Override
  public String toString() {
    return "AuthDoctor{"
        + site
        + ", "
        + credential
        + (route == null ? "" : ", " + method + " " + route)
        + (xmlRpcCrossCheck ? "" : ", no XML-RPC")
        + "}";
  }

  /** Builds an {@link AuthDoctor}. */
  public static final class Builder {
    private final URI site;
    private Credential credential = Credential.none();
    private String route;
    private HttpMethod method = HttpMethod.GET;
    private boolean xmlRpcCrossCheck = true;
    private boolean allowInsecureHttp;
    private SSLContext sslContext;
    private Duration callTimeout = Duration.ofSeconds(15);
    private Duration deadline = DEFAULT_DEADLINE;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Clock clock = Clock.systemUTC();
    private Consumer<ProbeResult> onProbe = probe -> {};

    private Builder(URI site) {
      requireNonNull(site, "site == null");
      if (site.getScheme() == null
          || !(site.getScheme().equalsIgnoreCase("http")
              || site.getScheme().equalsIgnoreCase("https"))
          || site.getHost() == null) {
        throw new IllegalArgumentException("site must be an absolute http(s) URL: " + site);
      }
      if (site.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "site must not carry credentials; use applicationPassword(...) and the like");
      }
      this.site = site;
    }

    /**
     * Examines an Application Password (HTTP Basic). The doctor keeps the password for the XML-RPC
     * cross-check and never shows it.
     *
     * @param username the WordPress username or e-mail
     * @param password the Application Password (or whatever the caller was using as one)
     * @return this
     */
    public Builder applicationPassword(String username, String password) {
      this.credential =
          Credential.applicationPassword(
              requireNonNull(username, "username == null"),
              requireNonNull(password, "password == null"));
      return this;
    }

    /**
     * Examines a cookie login through {@code wp-login.php} with the login password, then a REST
     * nonce, as the block editor does.
     *
     * @param username the WordPress username or e-mail
     * @param loginPassword the login password
     * @return this
     */
    public Builder cookieLogin(String username, String loginPassword) {
      this.credential =
          Credential.loginPassword(
              requireNonNull(username, "username == null"),
              requireNonNull(loginPassword, "loginPassword == null"));
      return this;
    }

    /**
     * Examines a bearer token ({@code Authorization: Bearer}).
     *
     * @param token the token
     * @return this
     */
    public Builder bearer(String token) {
      this.credential = Credential.bearer(requireNonNull(token, "token == null"));
      return this;
    }

    /**
     * Examines any strategy. It is opaque to the doctor: no XML-RPC cross-check.
     *
     * @param auth the strategy
     * @return this
     */
    public Builder auth(AuthStrategy auth) {
      this.credential = Credential.opaque(requireNonNull(auth, "auth == null"));
      return this;
    }

    /**
     * The route of the call that failed, e.g. {@code /wp/v2/posts}: the doctor checks that it
     * exists and, once the identity is accepted, whether the method is allowed there.
     *
     * @param route a REST route starting with {@code /}
     * @return this
     */
    public Builder route(String route) {
      requireNonNull(route, "route == null");
      if (!route.startsWith("/") || route.contains("?") || route.contains("#")) {
        throw new IllegalArgumentException(
            "route must start with / and carry no query or fragment: " + route);
      }
      this.route = route;
      return this;
    }

    /**
     * The method of the call that failed. Default GET. Only asked about (OPTIONS), never sent.
     *
     * @param method the method
     * @return this
     */
    public Builder method(HttpMethod method) {
      this.method = requireNonNull(method, "method == null");
      return this;
    }

    /**
     * Whether to cross-check a password through XML-RPC. Default true. Switch it off where failed
     * XML-RPC logins count toward a lockout.
     *
     * @param enabled false to skip the cross-check
     * @return this
     */
    public Builder xmlRpcCrossCheck(boolean enabled) {
      this.xmlRpcCrossCheck = enabled;
      return this;
    }

    /**
     * Allows credentials over plain http to hosts other than loopback. Only on a network you trust.
     *
     * @return this
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Trusts the certificates in a PEM file (a self-signed or private-CA site). Checks stay on.
     *
     * @param pemFile a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks
     * @return this
     */
    public Builder trustCertificates(Path pemFile) {
      this.sslContext = TrustedCertificates.sslContext(requireNonNull(pemFile, "pemFile == null"));
      return this;
    }

    /**
     * Uses this TLS context.
     *
     * @param sslContext the context
     * @return this
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = requireNonNull(sslContext, "sslContext == null");
      return this;
    }

    /**
     * The deadline of each request, connection, headers and body included (never beyond the
     * examination's {@link #deadline(Duration)}). Default 15 s.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder callTimeout(Duration timeout) {
      requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive: " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * The deadline of the whole examination, every request, redirect and body included: when it
     * passes, the request under way fails and no other is sent. Default {@link
     * AuthDoctor#DEFAULT_DEADLINE}.
     *
     * @param deadline a positive duration
     * @return this
     */
    public Builder deadline(Duration deadline) {
      requireNonNull(deadline, "deadline == null");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be positive: " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /**
     * The largest answer the doctor reads, enforced while the body streams in; a larger one fails
     * that probe (no answer) instead of filling memory. Default {@link
     * AuthDoctor#DEFAULT_MAX_RESPONSE_BYTES}.
     *
     * @param bytes 1024 to {@code Integer.MAX_VALUE - 8} bytes, as for the client
     * @return this
     */
    public Builder maxResponseBytes(long bytes) {
      // The client's own bounds: the doctor reads through the client's transport.
      this.maxResponseBytes = CallLimits.defaults().withMaxResponseBytes(bytes).maxResponseBytes;
      return this;
    }

    /** The clock the deadline is measured with; for tests. */
    Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Tells a listener of each probe as soon as it has run (redacted, as in the report), e.g. to
     * show progress while a slow site answers. It runs on the examining thread.
     *
     * @param listener called once per probe, in order
     * @return this
     */
    public Builder onProbe(Consumer<ProbeResult> listener) {
      this.onProbe = requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the doctor. Nothing is sent until {@link AuthDoctor#examine()}.
     *
     * @return the doctor
     */
    public AuthDoctor build() {
      return new AuthDoctor(this);
    }
  }
}
