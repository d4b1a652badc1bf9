package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.SiteInfo;
import dev.wprest.client.TransportException;
import dev.wprest.client.WpRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client's site, found once on first use: the API root and how routes go on it (see {@link
 * SiteInfo}). Failures are thrown untranslated; the client passes them through its {@link
 * FailureTranslation}.
 */
public final class SiteResolver {
  private final URI baseUrl;
  private final Transport transport;
  private final ObjectMapper mapper;
  private final AuthStrategy auth;
  private final Duration callDeadline;
  private final Object discoveryLock = new Object();
  private volatile SiteInfo site;
  private final AtomicReference<CompletableFuture<SiteInfo>> discovering = new AtomicReference<>();

  /**
   * A resolver for one client.
   *
   * @param baseUrl the URL the client was built with
   * @param known what an earlier discovery learned; null to discover on first use
   * @param transport the client's transport
   * @param mapper the client's mapper
   * @param auth the client's strategy (discovery itself sends no credentials)
   * @param callDeadline the deadline of the whole discovery
   */
  public SiteResolver(
      URI baseUrl,
      SiteInfo known,
      Transport transport,
      ObjectMapper mapper,
      AuthStrategy auth,
      Duration callDeadline) {
    this.baseUrl = baseUrl;
    this.site = known;
    this.transport = transport;
    this.mapper = mapper;
    this.auth = auth;
    this.callDeadline = callDeadline;
  }

  /**
   * What is known of the site without sending anything.
   *
   * @return the site, once discovery completed (or was given)
   */
  public Optional<SiteInfo> known() {
    return Optional.ofNullable(site);
  }

  /**
   * The site, discovering it first when nothing is known yet.
   *
   * @return the site information
   * @throws dev.wprest.client.WordPressException when discovery fails
   */
  public SiteInfo site() {
    SiteInfo s = site;
    if (s != null) {
      return s;
    }
    // Discovery sends several requests: threads that ask at once wait for one discovery instead
    // of each sending its own. A failed discovery leaves nothing behind, so the next call retries.
    synchronized (discoveryLock) {
      if (site == null) {
        site = discover();
      }
      return site;
    }
  }

  /**
   * The full URI of a request, in the site's routing style.
   *
   * @param request the request
   * @return the URI
   */
  public URI uri(WpRequest request) {
    return resolve(site(), request);
  }

  /**
   * The site, discovered on {@code executor} when not known yet: once for all the async calls that
   * wait for it, which compose on the one discovery instead of each holding a thread.
   *
   * @param executor where discovery (blocking, several requests) runs
   * @return the site, or a future failed with discovery's exception
   */
  public CompletableFuture<SiteInfo> siteAsync(Executor executor) {
    SiteInfo known = site;
    if (known != null) {
      return CompletableFuture.completedFuture(known);
    }
    CompletableFuture<SiteInfo> mine = new CompletableFuture<>();
    CompletableFuture<SiteInfo> running = discovering.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    try {
      executor.execute(
          () -> {
            try {
              mine.complete(site());
            } catch (RuntimeException | Error e) {
              mine.completeExceptionally(e);
            } finally {
              // A failed discovery is tried again by the next call, as site() does.
              discovering.compareAndSet(mine, null);
            }
          });
    } catch (RuntimeException rejected) {
      discovering.compareAndSet(mine, null);
      mine.completeExceptionally(rejected);
    }
    return mine;
  }

  /**
   * The URI of a request on a known site.
   *
   * @param s the site
   * @param request the request
   * @return the URI
   */
  public static URI resolve(SiteInfo s, WpRequest request) {
    return Routes.resolve(s.apiRoot(), s.routeStyle(), request.route(), request.query());
  }

  private SiteInfo discover() {
    try {
      return new SiteDiscovery(baseUrl, transport, mapper, auth, callDeadline).discover();
    } catch (Transport.Failure f) {
      if (f.kind == Transport.Failure.Kind.TOO_LARGE) {
        throw f.tooLarge("GET", AuthStrategy.none(), false, List.of());
      }
      throw new TransportException(
          "could not reach "
              + Redaction.uri(f.uri)
              + " to discover its REST API ("
              + f.getCause().getClass().getSimpleName()
              + ")",
          FailedExchanges.noResponse("GET", f.uri, auth, false, List.of()),
          f.getCause());
    }
  }
}
