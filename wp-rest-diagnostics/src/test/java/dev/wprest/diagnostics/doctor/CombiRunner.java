package dev.wprest.diagnostics.doctor;

import dev.wprest.client.it.RealWordPress;
import dev.wprest.diagnostics.doctor.CombiLayers.Credential;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Runs the doctor on one combination of the real harness: the site's port from the state file
 * {@code wordpress-it/sites/combi.sh} writes, the administrator's login, the combination's
 * credential; then checks the report invariants and that no secret leaked.
 */
final class CombiRunner {
  /** Shaped like an Application Password, and nobody's. */
  static final String MADE_UP_APP_PASSWORD = "AbCd 1234 EfGh 5678 IjKl 9012";

  private final RealWordPress wp;
  private final Map<String, Integer> ports = new HashMap<>();

  CombiRunner(RealWordPress wp) {
    this.wp = wp;
    Properties props = new Properties();
    Path config = Paths.get(System.getProperty("wp.it.config", ""));
    // the late fronts (caches, rate limits) are listed in a file of their own
    for (String name : List.of("wp-it-combi.properties", "wp-it-combi-fronts.properties")) {
      Path file = config.resolveSibling(name);
      try (InputStream in = Files.newInputStream(file)) {
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "the combinatorial sites are not up (" + file + "): run wordpress-it/up.sh", e);
      }
    }
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("combi.site.")) {
        String[] f = props.getProperty(key).split("\\|");
        ports.put(String.join("/", f), Integer.parseInt(key.substring("combi.site.".length())));
      }
    }
  }

  /** The sites that are up, as {@code version/server/front/plugin}. */
  Set<String> sites() {
    return ports.keySet();
  }

  CombiOutcome run(Combination c) {
    Integer port = ports.get(c.site());
    if (port == null) {
      throw new IllegalStateException("no site is up for " + c.site());
    }
    String login = wp.login("admin");
    String secret = secret(c.credential);
    URI site = URI.create("http://127.0.0.1:" + port + "/");
    CombiVisitors.before(c.front, site, secret == null ? null : login + ":" + secret);
    AuthDoctor.Builder b = AuthDoctor.builder(site).callTimeout(Duration.ofSeconds(20));
    if (secret != null) {
      b.applicationPassword(login, secret);
    }
    long start = System.nanoTime();
    DoctorReport report = b.build().examine();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Optional<String> broken = Optional.empty();
    try {
      ReportInvariants.assertHold(report, secret != null);
    } catch (AssertionError e) {
      broken = Optional.of("invariant: " + firstLine(e.getMessage()));
    }
    if (secret != null) {
      try {
        Secrets.assertAbsent(report, login, secret);
      } catch (AssertionError e) {
        // never the assertion's own message: it quotes the secret
        broken = Optional.of("a form of the secret appears in the report");
      }
    }
    return new CombiOutcome(c, CombiExpectations.derive(c), report, millis, broken);
  }

  private String secret(Credential credential) {
    switch (credential) {
      case RIGHT:
        return wp.appPassword("admin");
      case WRONG:
        return MADE_UP_APP_PASSWORD;
      case LOGIN:
        return wp.password("admin");
      case OTHER:
        return wp.appPassword("author");
      default:
        return null;
    }
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).replace('\t', ' ');
  }
}
