package dev.wprest.client.it;

/**
 * The WordPress versions the harness runs side by side: Debian bookworm's 6.1 and trixie's 6.8. An
 * integration test that proves a diagnosis runs on each ({@code @ParameterizedClass} over this
 * enum), so that an answer that changes between versions fails a test instead of a user.
 */
public enum WpVersion {
  /** WordPress 6.1 (Debian bookworm); its sites' keys are {@code site.<site>.*}. */
  V6_1("6.1", "", "wordpress.version"),
  /** WordPress 6.8 (Debian trixie); its sites' keys are {@code site.v68.<site>.*}. */
  V6_8("6.8", "v68.", "wordpress.v68.version");

  private final String line;
  private final String sitePrefix;
  private final String versionKey;

  WpVersion(String line, String sitePrefix, String versionKey) {
    this.line = line;
    this.sitePrefix = sitePrefix;
    this.versionKey = versionKey;
  }

  /** The release line, e.g. {@code 6.8}. @return the line */
  public String line() {
    return line;
  }

  /**
   * The state-file key of a site's value on this version.
   *
   * @param siteKey a key of a 6.1 site, e.g. {@code site.modphp.url}
   * @return the same key on this version, e.g. {@code site.v68.modphp.url}
   */
  String siteKey(String siteKey) {
    return siteKey.startsWith("site.") ? "site." + sitePrefix + siteKey.substring(5) : siteKey;
  }

  /** The state-file key of the full version number. @return e.g. {@code wordpress.v68.version} */
  String versionKey() {
    return versionKey;
  }

  /** Shown in test names. @return e.g. {@code WordPress 6.8} */
  @Override
  public String toString() {
    return "WordPress " + line;
  }
}
