package dev.wprest.client.internal;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.InsecureTransportException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses to send credentials over plain http to a host other than loopback, unless the caller
 * opted in: checked at every hop, so that a redirect cannot carry them off https either.
 */
final class InsecureTransportGuard implements Interceptor {
  private final boolean allowInsecureHttp;

  InsecureTransportGuard(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  @Override
  public CompletableFuture<Transport.Sent> intercept(Chain chain) {
    Outgoing request = chain.request();
    refuse(
        request.method.name(), request.uri, request.auth, request.credentialsSent, request.visited);
    return chain.proceed(request);
  }

  /** Throws when these credentials must not go to {@code uri}; else does nothing. */
  void refuse(String method, URI uri, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
    // Loopback never leaves the machine, and a caller who opted in has said the network is trusted:
    // anywhere else, anyone on the path could read a plain-http credential.
    if (credentialsSent
        && !allowInsecureHttp
        && Origins.isPlainHttp(uri)
        && !Origins.isLoopback(uri)) {
      throw new InsecureTransportException(
          "refusing to send "
              + auth.scheme()
              + " credentials over plain http to "
              + Origins.origin(uri)
              + ": anyone on the network could read them. Use the site's https:// URL, or call "
              + "allowInsecureHttp() on the client builder for a trusted network only",
          FailedExchanges.noResponse(method, uri, auth, false, chain));
    }
  }
}
