package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.CallLimits;
import dev.wprest.client.internal.EnvironmentVariables;
import dev.wprest.client.internal.ExchangeHook;
import dev.wprest.client.internal.HttpVersionChoice;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.SettingChecks;
import dev.wprest.client.internal.Transport;
import dev.wprest.client.internal.TrustedCertificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * What a {@link WordPressClient.Builder} collects: every setting with its default and its checks.
 * The setters are the builder's public API (they return {@code WordPressClient.Builder}); they live
 * here so that the client's own file holds the calls, not four hundred lines of settings. Not API:
 * package-private, and only the builder extends it.
 */
abstract class ClientOptions {
  static final String USER_AGENT = "wp-rest/0.1 (+https://github.com/wp-rest/wp-rest)";

  // Package-private: the client's constructor reads them once; the setters below check them.
  URI baseUrl;
  SiteInfo knownSite;
  AuthStrategy auth = AuthStrategy.none();
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration callTimeout = Duration.ofSeconds(30);
  String userAgent = USER_AGENT;
  HttpClient httpClient;
  ObjectMapper mapper;
  Executor executor;
  HttpClient.Version httpVersion;
  int maxConcurrentRequests = Transport.DEFAULT_MAX_CONCURRENT_REQUESTS;
  SSLContext sslContext;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  RedirectPolicy redirectPolicy = RedirectPolicy.sameOrigin();
  CallLimits limits = CallLimits.defaults();
  boolean allowInsecureHttp;
  boolean tolerateLeadingPhpOutput;
  boolean acceptGzip = true;
  Function<WordPressException, ? extends RuntimeException> failureTranslator;
  ExchangeHook exchangeHook = ExchangeHook.NONE;
  final List<WordPressEventListener> eventListeners = new ArrayList<>();

  /** Only {@link WordPressClient.Builder} extends this. */
  ClientOptions() {}

  /** The builder itself, so that every setter returns the public type for chaining. */
  abstract WordPressClient.Builder self();

  /** Not API: reached through {@code ApiAccess} by the diagnostics doctor. */
  WordPressClient.Builder exchangeHook(ExchangeHook hook) {
    this.exchangeHook = requireNonNull(hook, "hook == null");
    return self();
  }

  /**
   * Replaces every {@link WordPressException} the client would throw with what {@code translator}
   * returns (the original as its cause, by convention). The diagnostics module uses this to throw
   * exceptions that carry a diagnosis. A translator that throws or returns null is ignored for that
   * failure. Successful calls never reach it.
   *
   * @param translator maps a failure to the exception to throw
   * @return this
   */
  public WordPressClient.Builder failureTranslator(
      Function<WordPressException, ? extends RuntimeException> translator) {
    this.failureTranslator = requireNonNull(translator, "translator == null");
    return self();
  }

  /**
   * Adds a listener to every call of the client: start and end, each attempt's request and answer,
   * redirects, retries, and the failure (with its diagnosis when the diagnostics module is
   * installed). May be called more than once; listeners hear each event in the order added.
   *
   * @param listener the listener
   * @return this builder
   */
  public WordPressClient.Builder eventListener(WordPressEventListener listener) {
    eventListeners.add(requireNonNull(listener, "listener == null"));
    return self();
  }

  /**
   * The site: its home URL ({@code https://example.com}), a {@code wp-admin} URL, or an API root
   * ({@code https://example.com/wp-json/} or {@code https://example.com/?rest_route=/}).
   *
   * @param url an absolute http(s) URL
   * @return this
   */
  public WordPressClient.Builder baseUrl(String url) {
    this.baseUrl = SettingChecks.baseUrl(url);
    return self();
  }

  /**
   * Sets {@link #baseUrl(String)} from {@code WP_BASE_URL} and {@link #auth(AuthStrategy)} from
   * {@code WP_USER} and {@code WP_APP_PASSWORD}: an Application Password when both are set, no
   * credentials when neither is. An empty variable counts as unset. Pass {@code System::getenv} for
   * the process's environment.
   *
   * @param environment gives a variable's value, or null when it is not set
   * @return this
   * @throws EnvironmentVariableException naming the variable that is missing or unusable (never
   *     showing the password)
   */
  public WordPressClient.Builder fromEnvironment(Function<String, String> environment) {
    EnvironmentVariables variables =
        new EnvironmentVariables(requireNonNull(environment, "environment == null"));
    String url = variables.baseUrl();
    try {
      baseUrl(url);
    } catch (IllegalArgumentException e) {
      throw variables.invalidBaseUrl(url, e);
    }
    return auth(variables.auth());
  }

  /**
   * How requests authenticate. Default: {@link AuthStrategy#none()}.
   *
   * @param auth the strategy
   * @return this
   */
  public WordPressClient.Builder auth(AuthStrategy auth) {
    this.auth = requireNonNull(auth, "auth == null");
    return self();
  }

  /**
   * How long to wait for a connection. Default 10 s. Ignored with {@link #httpClient}.
   *
   * @param timeout a positive duration
   * @return this
   */
  public WordPressClient.Builder connectTimeout(Duration timeout) {
    this.connectTimeout = SettingChecks.positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * The deadline for one attempt of a call: connection, headers and the whole body. Default 30 s. A
   * call may make several attempts (see {@link RetryPolicy}); {@link #callDeadline(Duration)}
   * bounds them all together.
   *
   * @param timeout a positive duration
   * @return this
   */
  public WordPressClient.Builder callTimeout(Duration timeout) {
    this.callTimeout = SettingChecks.positive(timeout, "callTimeout");
    return self();
  }

  /**
   * The deadline for a whole call: every attempt, every wait between attempts and every redirect
   * hop; site discovery, with its several requests, runs under one such deadline too. Default 60 s.
   * No attempt runs past it (each gets the smaller of {@link #callTimeout(Duration)} and what is
   * left), and a retry whose wait would pass it is not made: the call fails with {@link
   * DeadlineExceededException}, or with the last answer's exception.
   *
   * @param deadline a positive duration
   * @return this
   */
  public WordPressClient.Builder callDeadline(Duration deadline) {
    this.limits = limits.withCallDeadline(SettingChecks.positive(deadline, "callDeadline"));
    return self();
  }

  /**
   * The largest response body the client reads, in bytes. Default 16 MiB. Enforced while the body
   * streams in, so no answer can hold more memory than this: a larger one fails with {@link
   * ResponseTooLargeException} (not retried).
   *
   * @param bytes 1024 to about 2 GiB (a Java array's limit)
   * @return this
   */
  public WordPressClient.Builder maxResponseBytes(long bytes) {
    this.limits = limits.withMaxResponseBytes(bytes);
    return self();
  }

  /**
   * Whether to ask for compressed answers ({@code Accept-Encoding: gzip}). Default on: WordPress
   * JSON shrinks several times, and most hosts and CDNs compress it when asked. A gzip body is
   * decoded while it streams in, whether asked for or not; {@link #maxResponseBytes(long)} limits
   * its decoded size (so a small body that inflates hugely fails with {@link
   * ResponseTooLargeException}) and a corrupt one fails with {@link MalformedResponseException}
   * ({@link BodyProblem#CORRUPT_ENCODING}). Response headers are kept as the server sent them
   * ({@code Content-Encoding: gzip}, the compressed {@code Content-Length}).
   *
   * @param accept false to send no {@code Accept-Encoding} header
   * @return this
   */
  public WordPressClient.Builder acceptGzip(boolean accept) {
    this.acceptGzip = accept;
    return self();
  }

  /**
   * The {@code User-Agent} sent.
   *
   * @param userAgent the value
   * @return this
   */
  public WordPressClient.Builder userAgent(String userAgent) {
    this.userAgent = requireNonNull(userAgent, "userAgent == null");
    return self();
  }

  /**
   * Uses a caller-built JDK client. It must not follow redirects, must have no {@code
   * Authenticator} (a WordPress 401 has no {@code WWW-Authenticate}, so the JDK would turn it into
   * a bare {@code IOException}) and no cookie handler (a stray WordPress cookie defeats Application
   * Password auth).
   *
   * @param httpClient the client
   * @return this
   */
  public WordPressClient.Builder httpClient(HttpClient httpClient) {
    this.httpClient = SettingChecks.usable(httpClient);
    return self();
  }

  /**
   * Uses a caller-configured mapper (e.g. with the JSR-310 module). The library's models bind with
   * any mapper, a bare {@code new ObjectMapper()} too: they ignore the fields they do not name.
   * Your own classes bound with {@code execute(request, type)} follow this mapper's settings:
   * WordPress adds fields all the time, so let them ignore unknown properties.
   *
   * @param mapper the mapper
   * @return this
   */
  public WordPressClient.Builder objectMapper(ObjectMapper mapper) {
    this.mapper = requireNonNull(mapper, "mapper == null");
    return self();
  }

  /**
   * Runs what async calls may block on here instead of on the shared default (at most {@code max(8,
   * 2 x processors)} daemon threads for all clients): an auth strategy's login, a first discovery
   * of the site, the service helpers that chain several requests. Futures of async calls complete
   * on this executor too. An exchange itself holds no thread of it: it runs on the JDK client's own
   * pipeline.
   *
   * @param executor the executor
   * @return this
   */
  public WordPressClient.Builder executor(Executor executor) {
    this.executor = requireNonNull(executor, "executor == null");
    return self();
  }

  /**
   * Speaks this HTTP version instead of the default: HTTP/2 for {@code https} where the server
   * offers it (one connection carries every call in flight), HTTP/1.1 for plain {@code http}.
   * Ignored with {@link #httpClient}, which keeps its own setting.
   *
   * @param version the version
   * @return this
   */
  public WordPressClient.Builder httpVersion(HttpClient.Version version) {
    this.httpVersion = requireNonNull(version, "version == null");
    return self();
  }

  /**
   * Limits the requests this client has in flight at once (default 16, about what a WordPress
   * host's PHP workers serve in parallel): more wait their turn in a queue that holds no thread,
   * and the wait counts against each call's timeout. Sync and async calls share the limit.
   *
   * @param max at least 1
   * @return this
   */
  public WordPressClient.Builder maxConcurrentRequests(int max) {
    this.maxConcurrentRequests = SettingChecks.atLeastOne(max, "maxConcurrentRequests");
    return self();
  }

  /**
   * Uses this TLS context (e.g. one that trusts a private CA). Ignored with {@link #httpClient}.
   *
   * @param sslContext the context
   * @return this
   */
  public WordPressClient.Builder sslContext(SSLContext sslContext) {
    this.sslContext = requireNonNull(sslContext, "sslContext == null");
    return self();
  }

  /**
   * Trusts the certificates in a PEM file in addition to nothing else: for a site with a
   * self-signed or private-CA certificate. Certificate checks stay on.
   *
   * @param pemFile a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks
   * @return this
   */
  public WordPressClient.Builder trustCertificates(Path pemFile) {
    this.sslContext = TrustedCertificates.sslContext(pemFile);
    return self();
  }

  /**
   * Sets the retry policy. Default {@link RetryPolicy#defaults()}.
   *
   * @param policy the policy
   * @return this
   */
  public WordPressClient.Builder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = requireNonNull(policy, "policy == null");
    return self();
  }

  /**
   * Sets the redirect policy. Default {@link RedirectPolicy#sameOrigin()}.
   *
   * @param policy the policy
   * @return this
   */
  public WordPressClient.Builder redirectPolicy(RedirectPolicy policy) {
    this.redirectPolicy = requireNonNull(policy, "policy == null");
    return self();
  }

  /**
   * Allows credentials over plain http to non-loopback hosts. Only for a network you trust: anyone
   * on the path can read an Application Password sent this way.
   *
   * @return this
   */
  public WordPressClient.Builder allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /**
   * Accepts a JSON body that PHP prefixed with notices or warnings, when the JSON after them is
   * intact. Off by default: such a site prints PHP errors to visitors and should turn off {@code
   * display_errors}; turn this on deliberately when you cannot fix the site.
   *
   * @param tolerate true to skip leading PHP notices
   * @return this
   */
  public WordPressClient.Builder tolerateLeadingPhpOutput(boolean tolerate) {
    this.tolerateLeadingPhpOutput = tolerate;
    return self();
  }

  /**
   * Uses what an earlier discovery learned (e.g. {@link SiteInfo#fromIndex} over an index already
   * read) instead of discovering the site again: the client sends no discovery request. Its API
   * root must be on the origin of {@link #baseUrl(String)}.
   *
   * @param site the site information
   * @return this
   */
  public WordPressClient.Builder siteInfo(SiteInfo site) {
    this.knownSite = requireNonNull(site, "site == null");
    return self();
  }

  /** Refuses settings that contradict each other; what each setter checks alone it checked. */
  void checkComplete() {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl is required");
    }
    if (knownSite != null && !Origins.sameOrigin(knownSite.apiRoot(), baseUrl)) {
      String apiRoot = knownSite.apiRoot().toString();
      throw new IllegalStateException(
          "siteInfo's API root " + apiRoot + " is not on the origin of baseUrl " + baseUrl);
    }
  }

  /** The caller's mapper, or one that ignores the fields WordPress and its plugins keep adding. */
  ObjectMapper mapperOrDefault() {
    return mapper != null
        ? mapper
        : new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** The caller's JDK client, or one built from the site, version, timeout and TLS settings. */
  HttpClient httpClientOrDefault() {
    return httpClient != null
        ? httpClient
        : HttpVersionChoice.newClient(baseUrl, httpVersion, connectTimeout, sslContext);
  }
}
