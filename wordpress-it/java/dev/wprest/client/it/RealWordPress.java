package dev.wprest.client.it;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Properties;

/**
 * The real WordPress sites that {@code wordpress-it/up.sh} brings up, read from the state file it
 * writes (path in the {@code wp.it.config} system property). The integration tests fail, never
 * skip, when the file is missing: running them without the harness is a set-up error.
 */
public final class RealWordPress {
  private static final RealWordPress INSTANCE = load();

  private final Properties props;

  private RealWordPress(Properties props) {
    this.props = props;
  }

  /** The harness's sites and users. @return the loaded state */
  public static RealWordPress sites() {
    return INSTANCE;
  }

  private static RealWordPress load() {
    String config = System.getProperty("wp.it.config", "");
    Path path = Paths.get(config);
    if (config.isEmpty() || !Files.isReadable(path)) {
      throw new IllegalStateException(
          "the real-WordPress state file is missing ("
              + config
              + "): run `sudo bash wordpress-it/up.sh` first");
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(path)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RealWordPress(props);
  }

  /**
   * A value from the state file.
   *
   * @param key e.g. {@code site.modphp.url}
   * @return the value
   */
  public String get(String key) {
    String value = props.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("the state file has no " + key);
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
