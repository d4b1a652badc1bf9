package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.doctor.CombiLayers.Credential;
import dev.wprest.diagnostics.doctor.CombiLayers.Front;
import dev.wprest.diagnostics.doctor.CombiLayers.Plugin;
import dev.wprest.diagnostics.doctor.CombiLayers.Server;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every combination of the harness, in the order {@code wordpress-it/sites/combi.sh} gives the
 * sites their ports, and the fixed split into a tuning half and a held-out half.
 */
final class CombiSpace {
  /** The WordPress versions the expectations are written down for. */
  static final List<String> VERSIONS = List.of("61", "68");

  /** Fronts that answer before WordPress on users/me: two plugin layers behind them suffice. */
  private static final Set<Front> OPAQUE_FRONTS = EnumSet.of(Front.HTPASSWD, Front.WAF);

  private static final List<Plugin> BEHIND_OPAQUE = List.of(Plugin.NONE, Plugin.JWT);

  /** Fronts on ports of their own (8900-8949), after every version's first ninety. */
  static final Set<Front> LATE_FRONTS =
      EnumSet.of(Front.CACHE, Front.CACHE_SHARED, Front.RATELIMIT, Front.RATELIMIT_503);

  private static final List<Plugin> BEHIND_LATE = List.of(Plugin.NONE, Plugin.DISABLE_REST_API);

  private CombiSpace() {}

  /** The two halves. A site's five credentials always fall in the same half. */
  enum Half {
    /** May be looked at while the doctor is changed. */
    TUNING,
    /** Nobody looks at it while changing the doctor: measures how general the change is. */
    HELD_OUT
  }

  /**
   * The sites of a version, as {@code version/server/front/plugin}, in port order: first those of
   * the version's own ports, then those of the late fronts.
   */
  static List<String> sites(String version) {
    List<String> sites = new ArrayList<>();
    for (boolean late : new boolean[] {false, true}) {
      for (Server s : Server.values()) {
        for (Front f : Front.values()) {
          if (LATE_FRONTS.contains(f) == late) {
            for (Plugin p : pluginsBehind(f)) {
              sites.add(new Combination(version, s, f, p, Credential.NONE).site());
            }
          }
        }
      }
    }
    return sites;
  }

  private static List<Plugin> pluginsBehind(Front f) {
    if (OPAQUE_FRONTS.contains(f)) {
      return BEHIND_OPAQUE;
    }
    return LATE_FRONTS.contains(f) ? BEHIND_LATE : List.of(Plugin.values());
  }

  /** Every combination of every version: each site with each credential. */
  static List<Combination> all() {
    List<Combination> all = new ArrayList<>();
    for (String version : VERSIONS) {
      for (String site : sites(version)) {
        for (Credential c : Credential.values()) {
          all.add(Combination.parse(site + "/" + c.id));
        }
      }
    }
    return all;
  }

  /**
   * The half of a combination: from a hash of its site without the version, so a site and its twin
   * on another WordPress version stay together, and adding a version moves nothing.
   */
  static Half half(Combination c) {
    String layers = c.site().substring(c.site().indexOf('/') + 1);
    return (sha256(layers)[0] & 1) == 0 ? Half.TUNING : Half.HELD_OUT;
  }

  /**
   * The fixed CI sample: about one combination in six on WordPress 6.1, chosen by a hash of the
   * combination without the version (so every layer and every credential appears), stable across
   * runs; on other versions about a third of those twins, so that a version difference shows on the
   * same combination while CI time grows little.
   */
  static boolean inCiSample(Combination c) {
    String layers = c.id().substring(c.id().indexOf('/') + 1);
    byte[] hash = sha256(layers);
    boolean sampled = Byte.toUnsignedInt(hash[1]) % 6 == 0;
    return sampled && (c.version.equals(VERSIONS.get(0)) || Byte.toUnsignedInt(hash[2]) % 3 == 0);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
