package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.internal.ApiAccess;
import dev.wprest.client.internal.AsyncPool;
import dev.wprest.client.internal.CallExecutor;
import dev.wprest.client.internal.CallLimits;
import dev.wprest.client.internal.CallTrace;
import dev.wprest.client.internal.EnvironmentVariables;
import dev.wprest.client.internal.ExchangeHook;
import dev.wprest.client.internal.FailedExchanges;
import dev.wprest.client.internal.HttpVersionChoice;
import dev.wprest.client.internal.Origins;
import dev.wprest.client.internal.Redaction;
import dev.wprest.client.internal.ResponseReader;
import dev.wprest.client.internal.Routes;
import dev.wprest.client.internal.SiteDiscovery;
import dev.wprest.client.internal.Transport;
import dev.wprest.client.internal.TrustedCertificates;
import dev.wprest.client.model.Menu;
import dev.wprest.client.model.MenuFields;
import dev.wprest.client.model.MenuItem;
import dev.wprest.client.model.MenuItemFields;
import dev.wprest.client.model.MenuItemQuery;
import dev.wprest.client.model.PostStatusObject;
import dev.wprest.client.model.PostType;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Taxonomy;
import dev.wprest.client.model.TermQuery;
import dev.wprest.client.model.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

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
public final class WordPressClient {
  static {
    // Before anything else: the engine reaches the API's package-private parts through this.
    ApiAccess.install(new PackagePrivateAccess());
  }

  private static final String USER_AGENT = "wp-rest/0.1 (+https://github.com/wp-rest/wp-rest)";

  private final URI baseUrl;
  private final AuthStrategy auth;
  private final ObjectMapper mapper;
  private final Transport transport;
  private final Duration callDeadline;
  private final CallExecutor calls;
  private final Executor executor;
  private final Function<WordPressException, ? extends RuntimeException> failureTranslator;
  private final List<WordPressEventListener> eventListeners;
  private final Object discoveryLock = new Object();
  private volatile SiteInfo site;

  private WordPressClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.site = b.knownSite;
    this.auth = b.auth;
    this.mapper = b.mapper != null ? b.mapper : defaultMapper();
    HttpClient http =
        b.httpClient != null
            ? b.httpClient
            : HttpVersionChoice.newClient(b.baseUrl, b.httpVersion, b.connectTimeout, b.sslContext);
    this.callDeadline = b.limits.callDeadline;
    this.transport =
        new Transport(
            http,
            b.callTimeout,
            b.limits.maxResponseBytes,
            b.redirectPolicy,
            b.allowInsecureHttp,
            b.userAgent,
            b.acceptGzip,
            b.exchangeHook);
    this.executor = b.executor != null ? b.executor : AsyncPool.shared();
    this.failureTranslator = b.failureTranslator;
    this.eventListeners = List.copyOf(b.eventListeners);
    ResponseReader reader = new ResponseReader(mapper, b.tolerateLeadingPhpOutput, auth);
    this.calls =
        new CallExecutor(
            transport, b.retryPolicy, b.limits.callDeadline, auth, new Context(), mapper, reader);
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
    requireNonNull(request, "request == null");
    CallTrace trace = CallTrace.start(eventListeners, request);
    try {
      // Refuse before discovery: a credentialed client configured for plain http must not even
      // start, whatever the site would answer.
      transport.refuseInsecure(
          request.method().name(), baseUrl, auth, auth.sendsCredentials(), List.of());
      WpResponse response = calls.execute(request, uri(request), trace);
      trace.succeeded(response.status());
      return response;
    } catch (WordPressException e) {
      RuntimeException translated = translate(e);
      trace.failed(translated);
      throw translated;
    } catch (RuntimeException refusedBeforeSending) {
      // E.g. a credential with a control character: the caller's input, but the call still ends.
      trace.failed(refusedBeforeSending);
      throw refusedBeforeSending;
    }
  }

  /** The exception to throw for a failure found outside {@link #execute}, e.g. while binding. */
  RuntimeException translated(WordPressException e) {
    return translate(e);
  }

  /** Gives the failure translator (e.g. the diagnostics module) its chance; never throws itself. */
  private RuntimeException translate(WordPressException e) {
    SiteInfo known = site;
    if (known != null) {
      e.attachSite(known);
    }
    if (failureTranslator == null) {
      return e;
    }
    try {
      RuntimeException translated = failureTranslator.apply(e);
      return translated == null ? e : translated;
    } catch (RuntimeException translatorFailed) {
      e.addSuppressed(translatorFailed);
      return e;
    }
  }

  /**
   * Sends a request and returns its body as JSON.
   *
   * @param request the request
   * @return the JSON body
   * @throws MalformedResponseException when the body is not intact JSON
   */
  public JsonNode json(WpRequest request) {
    WpResponse response = execute(request);
    try {
      return response.json();
    } catch (WordPressException e) {
      throw translate(e);
    }
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
    WpResponse response = execute(request);
    try {
      return response.as(type);
    } catch (WordPressException e) {
      throw translate(e);
    }
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
    WpResponse response = execute(request);
    try {
      return response.as(type);
    } catch (WordPressException e) {
      throw translate(e);
    }
  }

  /**
   * Sends a request on the client's executor.
   *
   * @param request the request
   * @return the response, or a future failed with the same exceptions as {@link
   *     #execute(WpRequest)}
   */
  public CompletableFuture<WpResponse> executeAsync(WpRequest request) {
    requireNonNull(request, "request == null");
    return CompletableFuture.supplyAsync(() -> execute(request), executor);
  }

  /**
   * Sends a request on the client's executor and binds its body.
   *
   * @param request the request
   * @param type the target class
   * @param <T> the target type
   * @return the bound body
   */
  public <T> CompletableFuture<T> executeAsync(WpRequest request, Class<T> type) {
    requireNonNull(request, "request == null");
    requireNonNull(type, "type == null");
    return CompletableFuture.supplyAsync(() -> execute(request, type), executor);
  }

  /**
   * Sends a request on the client's executor and binds its body to a generic type.
   *
   * @param request the request
   * @param type the target type, e.g. {@code new TypeReference<List<Post>>() {}}
   * @param <T> the target type
   * @return the bound body, or a future failed with the same exceptions as {@link
   *     #execute(WpRequest, TypeReference)}
   */
  public <T> CompletableFuture<T> executeAsync(WpRequest request, TypeReference<T> type) {
    requireNonNull(request, "request == null");
    requireNonNull(type, "type == null");
    return CompletableFuture.supplyAsync(() -> execute(request, type), executor);
  }

  /**
   * Runs a service's call on this client's executor: the twin of a sync call, failing with the same
   * exceptions wrapped in a {@code CompletionException}.
   */
  <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, executor);
  }

  /**
   * What discovery learned about the site; discovers on first call.
   *
   * @return the site information
   * @throws RestApiNotFoundException when the site serves no WordPress REST API
   */
  public SiteInfo siteInfo() {
    SiteInfo s = site;
    if (s != null) {
      return s;
    }
    synchronized (discoveryLock) {
      if (site == null) {
        try {
          site = new SiteDiscovery(baseUrl, transport, mapper, auth, callDeadline).discover();
        } catch (Transport.Failure f) {
          if (f.kind == Transport.Failure.Kind.TOO_LARGE) {
            throw translate(f.tooLarge("GET", NoAuth.INSTANCE, false, List.of()));
          }
          throw translate(
              new TransportException(
                  "could not reach "
                      + Redaction.uri(f.uri)
                      + " to discover its REST API ("
                      + f.getCause().getClass().getSimpleName()
                      + ")",
                  FailedExchanges.noResponse("GET", f.uri, auth, false, List.of()),
                  f.getCause()));
        } catch (WordPressException e) {
          throw translate(e);
        }
      }
      return site;
    }
  }

  /**
   * The full URI a request will go to.
   *
   * @param request the request
   * @return the URI, in the site's routing style
   */
  public URI uri(WpRequest request) {
    SiteInfo s = siteInfo();
    return Routes.resolve(s.apiRoot(), s.routeStyle(), request.route(), request.query());
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
   * Posts ({@code /wp/v2/posts}).
   *
   * @return the service
   */
  public PostService posts() {
    return ResourceServices.posts(this);
  }

  /**
   * Pages ({@code /wp/v2/pages}).
   *
   * @return the service
   */
  public PostService pages() {
    return ResourceServices.pages(this);
  }

  /**
   * The items of a post type by its name, e.g. a custom type {@code book}. Its route ({@code
   * rest_namespace}/{@code rest_base}) is looked up in {@code /wp/v2/types} on first use.
   *
   * @param type the post type's name
   * @return the service
   */
  public PostService postType(String type) {
    return ResourceServices.postType(this, type);
  }

  /**
   * The media library ({@code /wp/v2/media}), with uploads.
   *
   * @return the service
   */
  public MediaService media() {
    return ResourceServices.media(this);
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

  /**
   * Users ({@code /wp/v2/users}).
   *
   * @return the service
   */
  public UserService users() {
    return ResourceServices.users(this);
  }

  /**
   * Categories ({@code /wp/v2/categories}).
   *
   * @return the service
   */
  public TermService categories() {
    return ResourceServices.terms(this, "category");
  }

  /**
   * Tags ({@code /wp/v2/tags}).
   *
   * @return the service
   */
  public TermService tags() {
    return ResourceServices.terms(this, "post_tag");
  }

  /**
   * The terms of any taxonomy by its name, e.g. {@code genre}; its route is looked up in {@code
   * /wp/v2/taxonomies} on first use.
   *
   * @param taxonomy the taxonomy's name
   * @return the service
   */
  public TermService terms(String taxonomy) {
    return ResourceServices.terms(this, taxonomy);
  }

  /**
   * Comments ({@code /wp/v2/comments}).
   *
   * @return the service
   */
  public CommentService comments() {
    return ResourceServices.comments(this);
  }

  /**
   * Registered taxonomies ({@code /wp/v2/taxonomies}).
   *
   * @return the service
   */
  public RegistryService<Taxonomy> taxonomies() {
    return ResourceServices.taxonomies(this);
  }

  /**
   * Registered post types ({@code /wp/v2/types}).
   *
   * @return the service
   */
  public RegistryService<PostType> types() {
    return ResourceServices.types(this);
  }

  /**
   * Registered post statuses ({@code /wp/v2/statuses}).
   *
   * @return the service
   */
  public RegistryService<PostStatusObject> statuses() {
    return ResourceServices.statuses(this);
  }

  /**
   * Site settings ({@code /wp/v2/settings}).
   *
   * @return the service
   */
  public SettingsService settings() {
    return ResourceServices.settings(this);
  }

  /**
   * Site search ({@code /wp/v2/search}).
   *
   * @return the service
   */
  public SearchService search() {
    return ResourceServices.search(this);
  }

  /**
   * A new batch: up to 25 creates, updates and deletes sent in one {@code POST /batch/v1}
   * (WordPress 5.6 and later), each with its own typed outcome. See {@link Batch}.
   *
   * @return an empty batch for this client
   */
  public Batch batch() {
    return new Batch(this);
  }

  /**
   * A user's Application Passwords ({@code /wp/v2/users/{id|me}/application-passwords}).
   *
   * @param userIdOrMe {@code "me"} or a user id
   * @return the service
   */
  public ApplicationPasswordService applicationPasswords(String userIdOrMe) {
    return ResourceServices.applicationPasswords(this, userIdOrMe);
  }

  /**
   * Any collection route, e.g. a plugin's {@code /myplugin/v1/things}, with items as JSON.
   *
   * @param route the route
   * @return the service
   */
  public ResourceService<JsonNode, Object, Query> route(String route) {
    return ResourceServices.route(this, route);
  }

  /**
   * Any collection route with items bound to a class.
   *
   * @param route the route
   * @param type the item class
   * @param <T> the item type
   * @return the service
   */
  public <T> ResourceService<T, Object, Query> route(String route, Class<T> type) {
    return ResourceServices.route(this, route, type);
  }

  /**
   * Any collection route with items bound to a generic type.
   *
   * @param route the route
   * @param type the item type
   * @param <T> the item type
   * @return the service
   */
  public <T> ResourceService<T, Object, Query> route(String route, TypeReference<T> type) {
    return ResourceServices.route(this, route, type);
  }

  /**
   * The installed plugins: list, activate, deactivate, install from the directory, delete.
   *
   * @return the service
   */
  public PluginService plugins() {
    return SiteServices.plugins(this);
  }

  /**
   * The installed themes (read-only).
   *
   * @return the service
   */
  public ThemeService themes() {
    return SiteServices.themes(this);
  }

  /**
   * The navigation menus ({@code /wp/v2/menus}); assign locations with {@code MenuFields}.
   *
   * @return the service
   */
  public ResourceService<Menu, MenuFields, TermQuery> menus() {
    return SiteServices.menus(this);
  }

  /**
   * The items of navigation menus ({@code /wp/v2/menu-items}); filter with {@code MenuItemQuery}.
   *
   * @return the service
   */
  public ResourceService<MenuItem, MenuItemFields, MenuItemQuery> menuItems() {
    return SiteServices.menuItems(this);
  }

  /**
   * The active theme's menu locations.
   *
   * @return the service
   */
  public MenuLocationService menuLocations() {
    return SiteServices.menuLocations(this);
  }

  /**
   * The widget areas.
   *
   * @return the service
   */
  public SidebarService sidebars() {
    return SiteServices.sidebars(this);
  }

  /**
   * The widgets placed in sidebars.
   *
   * @return the service
   */
  public WidgetService widgets() {
    return SiteServices.widgets(this);
  }

  /**
   * The registered widget types.
   *
   * @return the service
   */
  public WidgetTypeService widgetTypes() {
    return SiteServices.widgetTypes(this);
  }

  /**
   * The registered block types.
   *
   * @return the service
   */
  public BlockTypeService blockTypes() {
    return SiteServices.blockTypes(this);
  }

  /**
   * The reusable blocks ({@code wp_block}, {@code /wp/v2/blocks}): posts whose content is block
   * markup.
   *
   * @return the service
   */
  public PostService blocks() {
    return SiteServices.blocks(this);
  }

  /**
   * The block-based navigation menus ({@code wp_navigation}, {@code /wp/v2/navigation}): posts
   * whose content is the block markup of a Navigation block's links, e.g. {@code <!--
   * wp:navigation-link {"label":"Home","url":"/"} /-->}.
   *
   * @return the service
   */
  public PostService navigation() {
    return SiteServices.navigation(this);
  }

  /**
   * Server-side rendering of dynamic blocks.
   *
   * @return the service
   */
  public BlockRendererService blockRenderer() {
    return SiteServices.blockRenderer(this);
  }

  /**
   * The registered block patterns, their categories and the public pattern directory.
   *
   * @return the service
   */
  public BlockPatternService blockPatterns() {
    return SiteServices.blockPatterns(this);
  }

  /**
   * A block theme's templates ({@code /wp/v2/templates}).
   *
   * @return the service
   */
  public TemplateService templates() {
    return SiteServices.templates(this);
  }

  /**
   * A block theme's template parts ({@code /wp/v2/template-parts}).
   *
   * @return the service
   */
  public TemplateService templateParts() {
    return SiteServices.templateParts(this);
  }

  /**
   * Global styles: a theme's, its variations, and the user's.
   *
   * @return the service
   */
  public GlobalStylesService globalStyles() {
    return SiteServices.globalStyles(this);
  }

  /**
   * The site health tests ({@code /wp-site-health/v1}).
   *
   * @return the service
   */
  public SiteHealthService siteHealth() {
    return SiteServices.siteHealth(this);
  }

  /**
   * Link previews read by the site ({@code /wp-block-editor/v1/url-details}).
   *
   * @return the service
   */
  public UrlDetailsService urlDetails() {
    return SiteServices.urlDetails(this);
  }

  @Override
  public String toString() {
    return "WordPressClient{" + baseUrl + ", auth=" + auth + "}";
  }

  private static ObjectMapper defaultMapper() {
    return new ObjectMapper()
        // WordPress and its plugins add fields all the time.
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** The client's services for auth strategies. */
  private final class Context implements AuthContext {
    @Override
    public URI siteUrl() {
      return siteInfo().siteUrl();
    }

    @Override
    public URI routeUri(String route) {
      SiteInfo s = siteInfo();
      return Routes.resolve(s.apiRoot(), s.routeStyle(), route, java.util.Map.of());
    }

    @Override
    public HttpRequest.Builder newRequest(URI uri) {
      return transport.newRequest(uri);
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, boolean carriesCredentials) {
      transport.refuseInsecure(
          request.method(), request.uri(), auth, carriesCredentials, List.of());
      try {
        return transport.exchange(request);
      } catch (Transport.Failure f) {
        throw new TransportException(
            request.method()
                + " "
                + Redaction.uri(request.uri())
                + " failed ("
                + f.getCause().getClass().getSimpleName()
                + ")",
            FailedExchanges.noResponse(
                request.method(), request.uri(), auth, carriesCredentials, List.of()),
            f.getCause());
      }
    }

    @Override
    public ObjectMapper objectMapper() {
      return mapper;
    }
  }

  /** Builds a {@link WordPressClient}. */
  public static final class Builder {
    private URI baseUrl;
    private SiteInfo knownSite;
    private AuthStrategy auth = AuthStrategy.none();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(30);
    private String userAgent = USER_AGENT;
    private HttpClient httpClient;
    private ObjectMapper mapper;
    private Executor executor;
    private SSLContext sslContext;
    private HttpClient.Version httpVersion;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RedirectPolicy redirectPolicy = RedirectPolicy.sameOrigin();
    private CallLimits limits = CallLimits.defaults();
    private boolean allowInsecureHttp;
    private boolean tolerateLeadingPhpOutput;
    private boolean acceptGzip = true;
    private Function<WordPressException, ? extends RuntimeException> failureTranslator;
    private ExchangeHook exchangeHook = ExchangeHook.NONE;
    private final List<WordPressEventListener> eventListeners = new java.util.ArrayList<>();

    private Builder() {}

    /** Not API: reached through {@code ApiAccess} by the diagnostics doctor. */
    Builder exchangeHook(ExchangeHook hook) {
      this.exchangeHook = requireNonNull(hook, "hook == null");
      return this;
    }

    /**
     * Replaces every {@link WordPressException} the client would throw with what {@code translator}
     * returns (the original as its cause, by convention). The diagnostics module uses this to throw
     * exceptions that carry a diagnosis. A translator that throws or returns null is ignored for
     * that failure. Successful calls never reach it.
     *
     * @param translator maps a failure to the exception to throw
     * @return this
     */
    public Builder failureTranslator(
        Function<WordPressException, ? extends RuntimeException> translator) {
      this.failureTranslator = requireNonNull(translator, "translator == null");
      return this;
    }

    /**
     * Adds a listener to every call of the client: start and end, each attempt's request and
     * answer, redirects, retries, and the failure (with its diagnosis when the diagnostics module
     * is installed). May be called more than once; listeners hear each event in the order added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder eventListener(WordPressEventListener listener) {
      eventListeners.add(requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * The site: its home URL ({@code https://example.com}), a {@code wp-admin} URL, or an API root
     * ({@code https://example.com/wp-json/} or {@code https://example.com/?rest_route=/}).
     *
     * @param url an absolute http(s) URL
     * @return this
     */
    public Builder baseUrl(String url) {
      requireNonNull(url, "url == null");
      URI uri;
      try {
        uri = URI.create(url.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a URL: " + url, e);
      }
      if (uri.getScheme() == null
          || !(uri.getScheme().equalsIgnoreCase("http")
              || uri.getScheme().equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + url);
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not carry credentials; use auth(AuthStrategy): " + Redaction.uri(uri));
      }
      this.baseUrl = uri;
      return this;
    }

    /**
     * Sets {@link #baseUrl(String)} from {@code WP_BASE_URL} and {@link #auth(AuthStrategy)} from
     * {@code WP_USER} and {@code WP_APP_PASSWORD}: an Application Password when both are set, no
     * credentials when neither is. An empty variable counts as unset. Pass {@code System::getenv}
     * for the process's environment.
     *
     * @param environment gives a variable's value, or null when it is not set
     * @return this
     * @throws EnvironmentVariableException naming the variable that is missing or unusable (never
     *     showing the password)
     */
    public Builder fromEnvironment(Function<String, String> environment) {
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
    public Builder auth(AuthStrategy auth) {
      this.auth = requireNonNull(auth, "auth == null");
      return this;
    }

    /**
     * How long to wait for a connection. Default 10 s. Ignored with {@link #httpClient}.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * The deadline for one attempt of a call: connection, headers and the whole body. Default 30 s.
     * A call may make several attempts (see {@link RetryPolicy}); {@link #callDeadline(Duration)}
     * bounds them all together.
     *
     * @param timeout a positive duration
     * @return this
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * The deadline for a whole call: every attempt, every wait between attempts and every redirect
     * hop; site discovery, with its several requests, runs under one such deadline too. Default 60
     * s. No attempt runs past it (each gets the smaller of {@link #callTimeout(Duration)} and what
     * is left), and a retry whose wait would pass it is not made: the call fails with {@link
     * DeadlineExceededException}, or with the last answer's exception.
     *
     * @param deadline a positive duration
     * @return this
     */
    public Builder callDeadline(Duration deadline) {
      this.limits = limits.withCallDeadline(positive(deadline, "callDeadline"));
      return this;
    }

    /**
     * The largest response body the client reads, in bytes. Default 16 MiB. Enforced while the body
     * streams in, so no answer can hold more memory than this: a larger one fails with {@link
     * ResponseTooLargeException} (not retried).
     *
     * @param bytes 1024 to about 2 GiB (a Java array's limit)
     * @return this
     */
    public Builder maxResponseBytes(long bytes) {
      this.limits = limits.withMaxResponseBytes(bytes);
      return this;
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
    public Builder acceptGzip(boolean accept) {
      this.acceptGzip = accept;
      return this;
    }

    /**
     * The {@code User-Agent} sent.
     *
     * @param userAgent the value
     * @return this
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = requireNonNull(userAgent, "userAgent == null");
      return this;
    }

    /**
     * Uses a caller-built JDK client. It must not follow redirects, must have no {@code
     * Authenticator} (a WordPress 401 has no {@code WWW-Authenticate}, so the JDK would turn it
     * into a bare {@code IOException}) and no cookie handler (a stray WordPress cookie defeats
     * Application Password auth).
     *
     * @param httpClient the client
     * @return this
     */
    public Builder httpClient(HttpClient httpClient) {
      requireNonNull(httpClient, "httpClient == null");
      if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "the HttpClient must use Redirect.NEVER (the library follows redirects safely itself): "
                + httpClient.followRedirects());
      }
      if (httpClient.authenticator().isPresent()) {
        throw new IllegalArgumentException(
            "the HttpClient must have no Authenticator: set credentials with auth(AuthStrategy)");
      }
      if (httpClient.cookieHandler().isPresent()) {
        throw new IllegalArgumentException(
            "the HttpClient must have no CookieHandler: use AuthStrategy.cookieNonce or cookieLogin");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Speaks this HTTP version instead of the default: HTTP/2 for an {@code https} site when the
     * server offers it in the TLS handshake (one connection carries every call in flight), HTTP/1.1
     * for plain {@code http}. {@code HTTP_1_1} keeps an https site on HTTP/1.1 (one connection per
     * call in flight). Ignored with {@link #httpClient}, which keeps its own setting.
     *
     * @param version the version
     * @return this
     */
    public Builder httpVersion(HttpClient.Version version) {
      this.httpVersion = requireNonNull(version, "version == null");
      return this;
    }

    /**
     * Uses a caller-configured mapper (e.g. with the JSR-310 module). The library's models bind
     * with any mapper, a bare {@code new ObjectMapper()} too: they ignore the fields they do not
     * name. Your own classes bound with {@code execute(request, type)} follow this mapper's
     * settings: WordPress adds fields all the time, so let them ignore unknown properties.
     *
     * @param mapper the mapper
     * @return this
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = requireNonNull(mapper, "mapper == null");
      return this;
    }

    /**
     * Runs async calls on this executor instead of the shared default: at most {@code max(8, 2 x
     * processors)} daemon threads for all clients, each async call holding one for its whole
     * exchange, further calls queued. The JDK client keeps its own threads: sharing a small
     * executor between blocking calls and the client's I/O would deadlock.
     *
     * @param executor the executor
     * @return this
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Uses this TLS context (e.g. one that trusts a private CA). Ignored with {@link #httpClient}.
     *
     * @param sslContext the context
     * @return this
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = requireNonNull(sslContext, "sslContext == null");
      return this;
    }

    /**
     * Trusts the certificates in a PEM file in addition to nothing else: for a site with a
     * self-signed or private-CA certificate. Certificate checks stay on.
     *
     * @param pemFile a file of one or more {@code -----BEGIN CERTIFICATE-----} blocks
     * @return this
     */
    public Builder trustCertificates(Path pemFile) {
      this.sslContext = TrustedCertificates.sslContext(pemFile);
      return this;
    }

    /**
     * Sets the retry policy. Default {@link RetryPolicy#defaults()}.
     *
     * @param policy the policy
     * @return this
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the redirect policy. Default {@link RedirectPolicy#sameOrigin()}.
     *
     * @param policy the policy
     * @return this
     */
    public Builder redirectPolicy(RedirectPolicy policy) {
      this.redirectPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Allows credentials over plain http to non-loopback hosts. Only for a network you trust:
     * anyone on the path can read an Application Password sent this way.
     *
     * @return this
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Accepts a JSON body that PHP prefixed with notices or warnings, when the JSON after them is
     * intact. Off by default: such a site prints PHP errors to visitors and should turn off {@code
     * display_errors}; turn this on deliberately when you cannot fix the site.
     *
     * @param tolerate true to skip leading PHP notices
     * @return this
     */
    public Builder tolerateLeadingPhpOutput(boolean tolerate) {
      this.tolerateLeadingPhpOutput = tolerate;
      return this;
    }

    /**
     * Uses what an earlier discovery learned (e.g. {@link SiteInfo#fromIndex} over an index already
     * read) instead of discovering the site again: the client sends no discovery request. Its API
     * root must be on the origin of {@link #baseUrl(String)}.
     *
     * @param site the site information
     * @return this
     */
    public Builder siteInfo(SiteInfo site) {
      this.knownSite = requireNonNull(site, "site == null");
      return this;
    }

    /**
     * Builds the client. Nothing is sent until the first call.
     *
     * @return the client
     */
    public WordPressClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (knownSite != null && !Origins.sameOrigin(knownSite.apiRoot(), baseUrl)) {
        throw new IllegalStateException(
            "siteInfo's API root "
                + knownSite.apiRoot()
                + " is not on the origin of baseUrl "
                + baseUrl);
      }
      return new WordPressClient(this);
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
