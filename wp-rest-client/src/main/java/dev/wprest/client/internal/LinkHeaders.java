package dev.wprest.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses RFC 8288 {@code Link} headers as WordPress sends them (API root, pagination), in one
 * forward pass: time linear in the header whatever a server puts in it.
 */
public final class LinkHeaders {
  /** The relation WordPress uses for its REST API root. */
  public static final String API_REL = "https://api.w.org/";

  private LinkHeaders() {}

  /**
   * Maps each relation named in the headers to its target, resolved against {@code base}. The first
   * link for a relation wins; a malformed link is skipped up to the next comma.
   *
   * @param headerValues every {@code Link} header value
   * @param base the URI the response came from
   * @return relation to URI
   */
  public static Map<String, URI> relations(List<String> headerValues, URI base) {
    Map<String, URI> out = new LinkedHashMap<>();
    for (String value : headerValues) {
      new Scan(value).links(base, out);
    }
    return out;
  }

  /**
   * Finds {@code <link rel="https://api.w.org/" href="...">} in a home page's HTML, within the
   * first {@link HtmlHead#WINDOW} characters.
   *
   * @param html the page
   * @param base the page's URI
   * @return the API root, if the page links to one
   */
  public static Optional<URI> apiRootInHtml(String html, URI base) {
    return HtmlHead.linkHref(html, API_REL).flatMap(target -> resolve(base, target));
  }

  private static Optional<URI> resolve(URI base, String target) {
    try {
      return Optional.of(base.resolve(target.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A cursor over one header value; every step moves it forward. */
  private static final class Scan {
    private final String s;
    private int i;

    Scan(String s) {
      this.s = s;
    }

    void links(URI base, Map<String, URI> out) {
      while (true) {
        skip(" \t,");
        if (i >= s.length()) {
          return;
        }
        if (s.charAt(i) != '<') {
          skipPast(',');
          continue;
        }
        int close = s.indexOf('>', i + 1);
        if (close < 0) {
          return;
        }
        String target = s.substring(i + 1, close);
        i = close + 1;
        String rel = params();
        if (rel != null) {
          for (String r : rel.trim().split("\\s+")) {
            if (!r.isEmpty()) {
              resolve(base, target).ifPresent(uri -> out.putIfAbsent(r, uri));
            }
          }
        }
      }
    }

    /** Reads {@code ; name=value} parameters up to the next link; returns the first rel. */
    private String params() {
      String rel = null;
      while (true) {
        skip(" \t");
        if (i >= s.length() || s.charAt(i) != ';') {
          if (i < s.length() && s.charAt(i) != ',') {
            skipPast(','); // garbage after the link: drop it, keep the link
          }
          return rel;
        }
        i++;
        skip(" \t");
        int nameStart = i;
        while (i < s.length() && "=;, \t".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        String name = s.substring(nameStart, i);
        skip(" \t");
        String value = "";
        if (i < s.length() && s.charAt(i) == '=') {
          i++;
          skip(" \t");
          value = i < s.length() && s.charAt(i) == '"' ? quoted() : token();
        }
        if (rel == null && name.equalsIgnoreCase("rel")) {
          rel = value;
        }
      }
    }

    private String quoted() {
      StringBuilder value = new StringBuilder();
      for (i++; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"') {
          i++;
          break;
        }
        if (c == '\\' && i + 1 < s.length()) {
          c = s.charAt(++i);
        }
        value.append(c);
      }
      return value.toString();
    }

    private String token() {
      int start = i;
      while (i < s.length() && s.charAt(i) != ';' && s.charAt(i) != ',') {
        i++;
      }
      return s.substring(start, i).trim();
    }

    private void skip(String chars) {
      while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private void skipPast(char c) {
      int at = s.indexOf(c, i);
      i = at < 0 ? s.length() : at + 1;
    }
  }
}
