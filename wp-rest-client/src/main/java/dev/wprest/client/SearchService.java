package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.SearchQuery;
import dev.wprest.client.model.SearchResult;
import java.util.concurrent.CompletableFuture;

/**
 * Site search across post types ({@code /wp/v2/search}, {@code wp.search()}).
 *
 * <pre>{@code
 * ResultPage<SearchResult> hits = wp.search().find(SearchQuery.builder().search("release").build());
 * }</pre>
 */
public final class SearchService {
  private final ResourceCore core;
  private final JavaType type;

  SearchService(ResourceCore core) {
    this.core = core;
    this.type = core.type(SearchResult.class);
  }

  /**
   * One page of hits. Set {@code search}; {@code type} ({@code post}, {@code term}, {@code
   * post-format}) and {@code param("subtype", ...)} narrow it.
   *
   * @param query the search
   * @return the page of hits
   */
  public ResultPage<SearchResult> find(SearchQuery query) {
    return find(query, RequestOptions.none());
  }

  /**
   * One page of hits, with options for this call.
   *
   * @param query the search
   * @param options this call's timeout and extra headers
   * @return the page of hits
   */
  public ResultPage<SearchResult> find(SearchQuery query, RequestOptions options) {
    requireNonNull(query, "query == null");
    requireNonNull(options, "options == null");
    WpRequest request = options.applyTo(ResourceCore.get(core.route(), query));
    return core.page(core.client().execute(request), type, query);
  }

  /**
   * One page of hits, asynchronously.
   *
   * @param query the search
   * @return the page of hits
   */
  public CompletableFuture<ResultPage<SearchResult>> findAsync(SearchQuery query) {
    requireNonNull(query, "query == null");
    return core.client()
        .executeAsync(ResourceCore.get(core.route(), query))
        .thenApply(r -> core.page(r, type, query));
  }

  /**
   * Every hit, page by page as you iterate.
   *
   * @param query the search
   * @return a lazy iterable
   */
  public AutoPager<SearchResult> autoPager(SearchQuery query) {
    // Search has no orderby (relevance, then date): its walk only checks for repeated ids.
    return new AutoPager<>(core, requireNonNull(query, "query == null"), type, WalkOrder.UNKNOWN);
  }

  /**
   * One page of hits, asynchronously, with options for this call.
   *
   * @param query the search
   * @param options this call's timeout and extra headers
   * @return the page of hits
   */
  public CompletableFuture<ResultPage<SearchResult>> findAsync(
      SearchQuery query, RequestOptions options) {
    return core.client().async(() -> find(query, options));
  }

  @Override
  public String toString() {
    return "SearchService{" + core.describe() + "}";
  }
}
