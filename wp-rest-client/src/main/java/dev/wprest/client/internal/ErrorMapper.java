package dev.wprest.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BadRequestException;
import dev.wprest.client.BodyKind;
import dev.wprest.client.FailedExchange;
import dev.wprest.client.ForbiddenException;
import dev.wprest.client.NotFoundException;
import dev.wprest.client.RateLimitedException;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.ServerErrorException;
import dev.wprest.client.UnauthorizedException;
import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressError;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Maps a non-2xx answer to the typed exception for its status. */
public final class ErrorMapper {
  private final ObjectMapper mapper;
  private final RetryPolicy retry;

  /** A mapper reading envelopes with {@code mapper} and {@code Retry-After} with {@code retry}. */
  public ErrorMapper(ObjectMapper mapper, RetryPolicy retry) {
    this.mapper = mapper;
    this.retry = retry;
  }

  /** The typed exception for a non-2xx answer, secrets masked. */
  public WordPressApiException fromResponse(
      HttpResponse<byte[]> response, AuthStrategy auth, boolean credentialsSent, List<URI> chain) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    Optional<WordPressError> error = FailedExchanges.envelope(mapper, body, auth);
    FailedExchange exchange =
        FailedExchanges.of(response, auth, credentialsSent, chain, error.isPresent());
    String message = message(exchange, error, body, auth);
    int status = response.statusCode();
    switch (status) {
      case 400:
        return new BadRequestException(message, exchange, error);
      case 401:
        return new UnauthorizedException(message, exchange, error);
      case 403:
        return new ForbiddenException(message, exchange, error);
      case 404:
        return new NotFoundException(message, exchange, error);
      case 429:
        Optional<String> header = response.headers().firstValue("Retry-After");
        Optional<Duration> wait = header.flatMap(retry::parseRetryAfter);
        Optional<Instant> at = header.flatMap(retry::retryAt);
        return new RateLimitedException(
            message + (wait.isPresent() && at.isPresent() ? waitWords(wait.get(), at.get()) : ""),
            exchange,
            error,
            wait,
            at);
      default:
        if (status >= 500) {
          return new ServerErrorException(message, exchange, error);
        }
        return ApiAccess.get().apiException(message, exchange, error);
    }
  }

  private String waitWords(Duration wait, Instant at) {
    String words =
        "; the server asks to wait "
            + wait.getSeconds()
            + " s, until "
            + at.truncatedTo(ChronoUnit.SECONDS);
    return wait.compareTo(retry.maxRetryAfter()) > 0
        ? words
            + ", longer than the retry policy waits (maxRetryAfter "
            + retry.maxRetryAfter()
            + "): not retried"
        : words;
  }

  private static String message(
      FailedExchange exchange, Optional<WordPressError> error, byte[] body, AuthStrategy auth) {
    StringBuilder m = new StringBuilder();
    m.append(exchange.status().orElse(0));
    error.ifPresent(e -> m.append(' ').append(e.code()));
    m.append(" on ").append(exchange.method()).append(' ').append(exchange.uri());
    m.append(" (auth: ").append(exchange.authScheme());
    m.append(exchange.credentialsSent() ? ", credentials sent)" : ", no credentials sent)");
    if (error.isPresent()) {
      m.append(": ").append(stripTags(error.get().message()));
    } else if (exchange.bodyKind() == BodyKind.NONE) {
      m.append(": the body was not recorded, so WordPress's error code is unknown");
    } else {
      m.append(": not a WordPress REST answer: ");
      switch (exchange.bodyKind()) {
        case HTML:
          m.append("an HTML page");
          ResponseBodies.htmlTitle(body, text -> Redaction.text(auth.redact(text)))
              .ifPresent(t -> m.append(" titled \"").append(t).append('"'));
          break;
        case EMPTY:
          m.append("an empty body");
          break;
        case JSON:
          m.append("JSON without WordPress's error envelope");
          break;
        default:
          m.append(exchange.bodyKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
    }
    return m.toString();
  }

  /** WordPress messages may carry HTML ({@code <strong>Error:</strong>}); a message should not. */
  private static String stripTags(String text) {
    return text.replaceAll("<[^>]+>", "").strip();
  }
}
