package dev.wprest.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses RFC 8288 {@code Link} headers as WordPress sends them (API root, pagination). */
public final class LinkHeaders {
  /** The relation WordPress uses for its REST API root. */
  public static final String API_REL = "https://api.w.org/";

  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+=(?:\"[^\"]*\"|[^;,]*)\\s*)*)");
  private static final Pattern REL =
      Pattern.compile("(?i)rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))");
  private static final Pattern HTML_LINK =
      Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF =
      Pattern.compile("(?i)href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private LinkHeaders() {}

  /**
   * Maps each relation named in the headers to its target, resolved against {@code base}. The first
   * link for a relation wins.
   *
   * @param headerValues every {@code Link} header value
   * @param base the URI the response came from
   * @return relation to URI
   */
  public static Map<String, URI> relations(List<String> headerValues, URI base) {
    Map<String, URI> out = new LinkedHashMap<>();
    for (String value : headerValues) {
      Matcher m = LINK.matcher(value);
      while (m.find()) {
        Matcher rel = REL.matcher(m.group(2));
        if (!rel.find()) {
          continue;
        }
        String rels = rel.group(1) != null ? rel.group(1) : rel.group(2);
        for (String r : rels.trim().split("\\s+")) {
          resolve(base, m.group(1)).ifPresent(uri -> out.putIfAbsent(r, uri));
        }
      }
    }
    return out;
  }

  /**
   * Finds {@code <link rel="https://api.w.org/" href="...">} in a home page's HTML.
   *
   * @param html the page
   * @param base the page's URI
   * @return the API root, if the page links to one
   */
  public static Optional<URI> apiRootInHtml(String html, URI base) {
    Matcher m = HTML_LINK.matcher(html);
    while (m.find()) {
      String tag = m.group();
      if (!tag.toLowerCase(Locale.ROOT).contains(API_REL)) {
        continue;
      }
      Matcher href = HREF.matcher(tag);
      if (href.find()) {
        String target = href.group(1) != null ? href.group(1) : href.group(2);
        return resolve(base, target.replace("&amp;", "&").replace("&#038;", "&"));
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> resolve(URI base, String target) {
    try {
      return Optional.of(base.resolve(target.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
