package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.ApiAccess;
import dev.wprest.client.internal.AsyncPool;
import dev.wprest.client.internal.CallExecutor;
import dev.wprest.client.internal.ClientAuthContext;
import dev.wprest.client.internal.ClientCalls;
import dev.wprest.client.internal.FailureTranslation;
import dev.wprest.client.internal.ResponseReader;
import dev.wprest.client.internal.SiteResolver;
import dev.wprest.client.internal.Transport;
import dev.wprest.client.model.User;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A client for one WordPress site's REST API. Immutable and thread-safe: build one per site and
 * credential, and share it.
 *
 * <pre>{@code
 * WordPressClient wp = WordPressClient.builder()
 *     .baseUrl("https://example.com")                      // a site URL or an API root
 *     .auth(AuthStrategy.applicationPassword("editor", System.getenv("WP_APP_PASSWORD")))
 *     .build();
 * JsonNode me = wp.json(WpRequest.get("/wp/v2/users/me").build());
 * }</pre>
 *
 * <p>On first use the client discovers the API root (see {@link SiteInfo}) without credentials.
 * Every call then runs under the safe-transport rules: credentials only over https or to loopback,
 * redirects followed by the library and never across origins with credentials, retries per the
 * {@link RetryPolicy}, and a deadline that covers the whole body. Failures are typed {@link
 * WordPressException}s that never contain a secret.
 */
public final class WordPressClient extends ServiceAccessors {
  static {
    // Before anything else: the engine reaches the API's package-private parts through this.
    ApiAccess.install(new PackagePrivateAccess());
  }

  private final URI baseUrl;
  private final AuthStrategy auth;
  private final ObjectMapper mapper;
  private final SiteResolver sites;
  private final FailureTranslation failures;
  private final ClientCalls calls;
  private final ServiceCatalog services;

  private WordPressClient(ClientOptions options) {
    this.baseUrl = options.baseUrl;
    this.auth = options.auth;
    this.mapper = options.mapperOrDefault();
    Transport transport =
        new Transport(
            options.httpClientOrDefault(),
            options.callTimeout,
            options.limits.maxResponseBytes,
            options.redirectPolicy,
            options.allowInsecureHttp,
            options.userAgent,
            options.acceptGzip,
            options.exchangeHook,
            options.maxConcurrentRequests);
    this.sites =
        new SiteResolver(
            baseUrl, options.knownSite, transport, mapper, auth, options.limits.callDeadline);
    this.failures = new FailureTranslation(options.failureTranslator, sites);
    CallExecutor executor =
        new CallExecutor(
            transport,
            options.retryPolicy,
            options.limits.callDeadline,
            auth,
            new ClientAuthContext(failures, transport, auth, mapper),
            mapper,
            new ResponseReader(mapper, options.tolerateLeadingPhpOutput, auth));
    this.calls =
        new ClientCalls(
            baseUrl,
            auth,
            transport,
            executor,
            sites,
            failures,
            options.eventListeners,
            options.executor != null ? options.executor : AsyncPool.shared(),
            options.executor);
    // Last: the services read this client's mapper while they are built.
    this.services = new ServiceCatalog(this);
  }

  /**
   * Starts a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured by the process's environment: the site from {@code WP_BASE_URL}, and
   * Application Password auth from {@code WP_USER} and {@code WP_APP_PASSWORD} (no credentials when
   * neither is set). For more settings, start from {@link Builder#fromEnvironment(Function)}.
   *
   * <pre>{@code
   * // WP_BASE_URL=https://example.com WP_USER=editor WP_APP_PASSWORD='abcd EFGH ...'
   * WordPressClient wp = WordPressClient.fromEnvironment();
   * }</pre>
   *
   * @return the client; nothing is sent until the first call
   * @throws EnvironmentVariableException naming the variable that is missing or unusable (never
   *     showing the password)
   */
  public static WordPressClient fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * A client configured by these variables instead of the process's, e.g. {@code
   * fromEnvironment(Map.of("WP_BASE_URL", url)::get)}; see {@link #fromEnvironment()}.
   *
   * @param environment gives a variable's value, or null when it is not set
   * @return the client
   * @throws EnvironmentVariableException naming the variable that is missing or unusable
   */
  public static WordPressClient fromEnvironment(Function<String, String> environment) {
    return builder().fromEnvironment(environment).build();
  }

  /**
   * Sends a request and returns the 2xx response.
   *
   * @param request the request
   * @return the response
   * @throws WordPressApiException for non-2xx answers (401 and 403 are sibling subtypes)
   * @throws WordPressException for transport, deadline, redirect and insecure-transport failures
   */
  public WpResponse execute(WpRequest request) {
    return calls.send(request, Function.identity());
  }

  /**
   * Sends a request and returns its body as JSON.
   *
   * @param request the request
   * @return the JSON body
   * @throws MalformedResponseException when the body is not intact JSON
   */
  public JsonNode json(WpRequest request) {
    return calls.send(request, WpResponse::json);
  }

  /**
   * Sends a request and binds its body.
   *
   * @param request the request
   * @param type the target class
   * @param <T> the target type
   * @return the bound body
   */
  public <T> T execute(WpRequest request, Class<T> type) {
    return calls.send(request, response -> response.as(type));
  }

  /**
   * Sends a request and binds its body to a generic type.
   *
   * @param request the request
   * @param type the target type, e.g. {@code new TypeReference<List<Post>>() {}}
   * @param <T> the target type
   * @return the bound body
   */
  public <T> T execute(WpRequest request, TypeReference<T> type) {
    return calls.send(request, response -> response.as(type));
  }

  /**
   * Sends a request without holding a thread while it is under way: the exchange runs on the HTTP
   * client's own pipeline, a retry's pause is a timer. Cancelling the future cancels the call.
   *
   * @param request the request
   * @return the response, or a future failed with the same exceptions as {@link
   *     #execute(WpRequest)}
   */
  public CompletableFuture<WpResponse> executeAsync(WpRequest request) {
    return calls.sendAsync(request, Function.identity());
  }

  /**
   * Sends a request as {@link #executeAsync(WpRequest)} does and binds its body.
   *
   * @param request the request
   * @param type the target class
   * @param <T> the target type
   * @return the bound body
   */
  public <T> CompletableFuture<T> executeAsync(WpRequest request, Class<T> type) {
    requireNonNull(type, "type == null");
    return calls.sendAsync(request, response -> response.as(type));
  }

  /**
   * Sends a request as {@link #executeAsync(WpRequest)} does and binds its body to a generic type.
   *
   * @param request the request
   * @param type the target type, e.g. {@code new TypeReference<List<Post>>() {}}
   * @param <T> the target type
   * @return the bound body, or a future failed with the same exceptions as {@link
   *     #execute(WpRequest, TypeReference)}
   */
  public <T> CompletableFuture<T> executeAsync(WpRequest request, TypeReference<T> type) {
    requireNonNull(type, "type == null");
    return calls.sendAsync(request, response -> response.as(type));
  }

  /**
   * Runs a service's call on this client's executor: the twin of a sync call, failing with the same
   * exceptions wrapped in a {@code CompletionException}.
   */
  <T> CompletableFuture<T> async(Supplier<T> call) {
    return calls.async(call);
  }

  /** The exception to throw for a failure found outside {@link #execute}, e.g. while binding. */
  RuntimeException translated(WordPressException e) {
    return failures.translate(e);
  }

  /**
   * What discovery learned about the site; discovers on first call.
   *
   * @return the site information
   * @throws RestApiNotFoundException when the site serves no WordPress REST API
   */
  public SiteInfo siteInfo() {
    return failures.site();
  }

  /**
   * The full URI a request will go to.
   *
   * @param request the request
   * @return the URI, in the site's routing style
   */
  public URI uri(WpRequest request) {
    return failures.run(() -> sites.uri(request));
  }

  /**
   * The auth scheme in use, e.g. {@code application-password}.
   *
   * @return the scheme name
   */
  public String authScheme() {
    return auth.scheme();
  }

  /**
   * The auth strategy (its {@code toString()} masks secrets).
   *
   * @return the strategy
   */
  public AuthStrategy auth() {
    return auth;
  }

  /**
   * The base URL the client was built with.
   *
   * @return the URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The mapper used for bodies.
   *
   * @return the mapper
   */
  public ObjectMapper objectMapper() {
    return mapper;
  }

  /**
   * Checks that WordPress accepts this client's credentials, as the first call of a program should:
   * public content reads fine without an accepted identity (WordPress ignores a wrong or unusable
   * Application Password and answers as to a visitor), so without this a refused credential shows
   * only at the first write. Asks {@code /wp/v2/users/me}, which needs an identity.
   *
   * @return the user the credentials belong to
   * @throws UnauthorizedException when WordPress accepted no identity ({@code 401
   *     rest_not_logged_in}: a wrong password, the login password instead of an Application
   *     Password, a stripped {@code Authorization} header, ...; the diagnostics module tells which)
   * @throws IllegalStateException when this client sends no credentials ({@link
   *     AuthStrategy#none()})
   */
  public User verify() {
    if (!auth.sendsCredentials()) {
      throw new IllegalStateException(
          "this client sends no credentials (AuthStrategy.none()): nothing to verify");
    }
    return users().me();
  }

  @Override
  ServiceCatalog services() {
    return services;
  }

  @Override
  public String toString() {
    return "WordPressClient{" + baseUrl + ", auth=" + auth + "}";
  }

  /** Builds a {@link WordPressClient}. */
  // The setters, their defaults and checks live in ClientOptions, which this extends, so that this
  // file holds the client's calls; javadoc lists them here and javac bridges them for reflection.
  public static final class Builder extends ClientOptions {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the client. Nothing is sent until the first call.
     *
     * @return the client
     */
    public WordPressClient build() {
      checkComplete();
      return new WordPressClient(this);
    }
  }
}
