package dev.wprest.client.it;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Properties;

/**
 * The real WordPress sites that {@code wordpress-it/up.sh} brings up, read from the state file it
 * writes (path in the {@code wp.it.config} system property). The integration tests fail, never
 * skip, when the file is missing: running them without the harness is a set-up error.
 *
 * <p>One view per {@link WpVersion}: the same site names ({@code modphp}, {@code stripped}, ...)
 * reach that version's sites; users and secrets are the same on every site.
 */
public final class RealWordPress {
  private static final Properties STATE = load();
  private static final RealWordPress V6_1 = new RealWordPress(WpVersion.V6_1);
  private static final RealWordPress V6_8 = new RealWordPress(WpVersion.V6_8);

  private final WpVersion version;

  private RealWordPress(WpVersion version) {
    this.version = version;
  }

  /** The harness's WordPress 6.1 sites and users. @return the loaded state */
  public static RealWordPress sites() {
    return V6_1;
  }

  /**
   * The harness's sites of one WordPress version.
   *
   * @param version the version
   * @return its sites and the users
   */
  public static RealWordPress sites(WpVersion version) {
    return version == WpVersion.V6_8 ? V6_8 : V6_1;
  }

  /** The version of these sites. @return the version */
  public WpVersion version() {
    return version;
  }

  /** The exact WordPress version these sites run. @return e.g. {@code 6.8.12} */
  public String wordpressVersion() {
    return get(version.versionKey());
  }

  private static Properties load() {
    String config = System.getProperty("wp.it.config", "");
    Path path = Paths.get(config);
    if (config.isEmpty() || !Files.isReadable(path)) {
      throw new IllegalStateException(
          "the real-WordPress state file is missing ("
              + config
              + "): run `sudo bash wordpress-it/up.sh` first");
    }
    Properties props = new Properties();
    load(path, props);
    // the state files of the site sets up.sh adds (wp-it-v68.properties: WordPress 6.8)
    Path dir = path.toAbsolutePath().getParent();
    try (DirectoryStream<Path> sets = Files.newDirectoryStream(dir, "wp-it-*.properties")) {
      for (Path set : sets) {
        load(set, props);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  private static void load(Path path, Properties into) {
    try (InputStream in = Files.newInputStream(path)) {
      into.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A value from the state file; a site's key ({@code site.*}) is read for this view's version.
   *
   * @param key e.g. {@code site.modphp.url}
   * @return the value
   */
  public String get(String key) {
    String versioned = version.siteKey(key);
    String value = STATE.getProperty(versioned);
    if (value == null) {
      throw new IllegalStateException("the state file has no " + versioned);
    }
    return value;
  }

  /** The URL of a site, e.g. {@code modphp}. @param site the site @return its URL */
  public String url(String site) {
    return get("site." + site + ".url");
  }

  /** A user's login. @param role admin, author or subscriber @return the login */
  public String login(String role) {
    return get("user." + role + ".login");
  }

  /** A user's login password. @param role the role @return the password */
  public String password(String role) {
    return get("user." + role + ".password");
  }

  /** A user's Application Password. @param role the role @return the password */
  public String appPassword(String role) {
    return get("user." + role + ".app_password");
  }

  /** Application Password auth for a role. @param role the role @return the strategy */
  public AuthStrategy appPasswordAuth(String role) {
    return AuthStrategy.applicationPassword(login(role), appPassword(role));
  }

  /**
   * A client builder for a site, trusting the https site's self-signed certificate.
   *
   * @param site the site
   * @param auth the strategy
   * @return a builder
   */
  public WordPressClient.Builder client(String site, AuthStrategy auth) {
    WordPressClient.Builder builder =
        WordPressClient.builder()
            .baseUrl(url(site))
            .auth(auth)
            .callTimeout(Duration.ofSeconds(20))
            .retryPolicy(RetryPolicy.none());
    if (url(site).startsWith("https:")) {
      builder.trustCertificates(Paths.get(get("site.https.cert")));
    }
    return builder;
  }
}
