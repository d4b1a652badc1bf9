package dev.wprest.spring.boot;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code wordpress.*} properties from which the starter builds one {@code WordPressClient}.
 * Nothing is configured without {@code wordpress.url}.
 */
@ConfigurationProperties(prefix = "wordpress")
public class WordPressProperties {
  /** The site's address, e.g. https://example.com (not the /wp-json/ root). */
  private String url;

  /** Time allowed to open a connection; the client's default when unset. */
  private Duration connectTimeout;

  /** Time allowed for a whole call, body included; the client's default when unset. */
  private Duration callTimeout;

  /** A PEM file of certificates to trust instead of the JDK's, e.g. for a self-signed site. */
  private Path trustCertificate;

  /** Whether credentials may go over plain http to a host that is not loopback. */
  private boolean allowInsecureHttp;

  /** Whether start-up fails, with a diagnosis, when the site does not accept the credentials. */
  private boolean verifyOnStartup;

  private final Auth auth = new Auth();

  // In its own file to keep this one small; the annotation makes its properties nested ones.
  @NestedConfigurationProperty
  private final WordPressRetryProperties retries = new WordPressRetryProperties();

  private final Diagnostics diagnostics = new Diagnostics();
  private final Health health = new Health();

  /**
   * The site's address.
   *
   * @return the address, or null when unset
   */
  public String getUrl() {
    return url;
  }

  /**
   * Sets the site's address.
   *
   * @param url the address
   */
  public void setUrl(String url) {
    this.url = url;
  }

  /**
   * The connect timeout.
   *
   * @return the timeout, or null for the client's default
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout the timeout
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The timeout of a whole call.
   *
   * @return the timeout, or null for the client's default
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets the timeout of a whole call.
   *
   * @param callTimeout the timeout
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * The PEM file of certificates to trust.
   *
   * @return the file, or null for the JDK's trust store
   */
  public Path getTrustCertificate() {
    return trustCertificate;
  }

  /**
   * Sets the PEM file of certificates to trust.
   *
   * @param trustCertificate the file
   */
  public void setTrustCertificate(Path trustCertificate) {
    this.trustCertificate = trustCertificate;
  }

  /**
   * Whether credentials may go over plain http to a host that is not loopback.
   *
   * @return true when allowed
   */
  public boolean isAllowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Sets whether credentials may go over plain http to a host that is not loopback.
   *
   * @param allowInsecureHttp true to allow
   */
  public void setAllowInsecureHttp(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /**
   * Whether start-up checks the credentials with {@code GET /wp/v2/users/me}.
   *
   * @return true when checked
   */
  public boolean isVerifyOnStartup() {
    return verifyOnStartup;
  }

  /**
   * Sets whether start-up checks the credentials.
   *
   * @param verifyOnStartup true to check
   */
  public void setVerifyOnStartup(boolean verifyOnStartup) {
    this.verifyOnStartup = verifyOnStartup;
  }

  /**
   * The credentials.
   *
   * @return the credentials' properties
   */
  public Auth getAuth() {
    return auth;
  }

  /**
   * The retry settings.
   *
   * @return the retry properties
   */
  public WordPressRetryProperties getRetries() {
    return retries;
  }

  /**
   * The diagnostics settings.
   *
   * @return the diagnostics properties
   */
  public Diagnostics getDiagnostics() {
    return diagnostics;
  }

  /**
   * The health indicator's settings.
   *
   * @return the health properties
   */
  public Health getHealth() {
    return health;
  }

  /** {@code wordpress.auth.*}: how the client proves who it is. */
  public static class Auth {
    /** How the client authenticates. */
    private AuthKind kind = AuthKind.APPLICATION_PASSWORD;

    /** The WordPress user name (or e-mail) for application-password and cookie. */
    private String user;

    /**
     * The secret: the Application Password, the login password (cookie) or the token (bearer).
     * Prefer secret-env, or the WORDPRESS_AUTH_SECRET environment variable.
     */
    private String secret;

    /** The name of an environment variable (or any property) that holds the secret. */
    private String secretEnv;

    /**
     * How the client authenticates.
     *
     * @return the kind
     */
    public AuthKind getKind() {
      return kind;
    }

    /**
     * Sets how the client authenticates.
     *
     * @param kind the kind
     */
    public void setKind(AuthKind kind) {
      this.kind = kind;
    }

    /**
     * The user name.
     *
     * @return the user name, or null when unset
     */
    public String getUser() {
      return user;
    }

    /**
     * Sets the user name.
     *
     * @param user the user name
     */
    public void setUser(String user) {
      this.user = user;
    }

    /**
     * The secret set as a property.
     *
     * @return the secret, or null when unset
     */
    public String getSecret() {
      return secret;
    }

    /**
     * Sets the secret.
     *
     * @param secret the secret
     */
    public void setSecret(String secret) {
      this.secret = secret;
    }

    /**
     * The name of the environment variable that holds the secret.
     *
     * @return the name, or null when unset
     */
    public String getSecretEnv() {
      return secretEnv;
    }

    /**
     * Sets the name of the environment variable that holds the secret.
     *
     * @param secretEnv the name
     */
    public void setSecretEnv(String secretEnv) {
      this.secretEnv = secretEnv;
    }

    @Override
    public String toString() {
      return "Auth{kind="
          + kind
          + ", user="
          + user
          + ", secret="
          + (secret == null ? "unset" : "set")
          + ", secretEnv="
          + secretEnv
          + "}";
    }
  }

  /** {@code wordpress.diagnostics.*}. */
  public static class Diagnostics {
    /** Whether every failure of the client carries its diagnosis (AuthDiagnostics.install). */
    private boolean enabled = true;

    /**
     * Whether diagnostics are installed.
     *
     * @return true when installed
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether diagnostics are installed.
     *
     * @param enabled true to install
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code wordpress.health.*}. */
  public static class Health {
    /** How long a health result is reused, so that a poll is not a request to WordPress. */
    private Duration cacheTime = Duration.ofSeconds(30);

    /**
     * The longest a doctor run after a refused call may take (health and the start-up check); the
     * doctor also sends at most 10 requests.
     */
    private Duration doctorDeadline = Duration.ofSeconds(10);

    /**
     * Whether that doctor run may cross-check the credential over XML-RPC (security plugins may
     * count it as a failed login).
     */
    private boolean xmlRpcCrossCheck;

    /**
     * The longest a doctor run after a refused call may take.
     *
     * @return the deadline
     */
    public Duration getDoctorDeadline() {
      return doctorDeadline;
    }

    /**
     * Sets the longest a doctor run after a refused call may take.
     *
     * @param doctorDeadline a positive duration
     */
    public void setDoctorDeadline(Duration doctorDeadline) {
      this.doctorDeadline = doctorDeadline;
    }

    /**
     * Whether the doctor run may cross-check over XML-RPC.
     *
     * @return false unless enabled
     */
    public boolean isXmlRpcCrossCheck() {
      return xmlRpcCrossCheck;
    }

    /**
     * Lets the doctor run cross-check the credential over XML-RPC.
     *
     * @param xmlRpcCrossCheck true to allow it
     */
    public void setXmlRpcCrossCheck(boolean xmlRpcCrossCheck) {
      this.xmlRpcCrossCheck = xmlRpcCrossCheck;
    }

    /**
     * How long a health result is reused.
     *
     * @return the time
     */
    public Duration getCacheTime() {
      return cacheTime;
    }

    /**
     * Sets how long a health result is reused.
     *
     * @param cacheTime the time; zero checks on every poll
     */
    public void setCacheTime(Duration cacheTime) {
      this.cacheTime = cacheTime;
    }
  }
}
