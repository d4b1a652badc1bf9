package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ApplicationPasswordShape;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What can be said about a credential without revealing it, for a diagnosis: the shape of the
 * password, the kind of username, the names of the cookies, whether a nonce is held, the shape of a
 * token. Never holds a password, token, cookie value or nonce. Immutable; build one with {@link
 * #builder()}. A fact nobody stated is empty, not false.
 */
public final class CredentialFacts {
  private static final CredentialFacts NONE = builder().build();

  /** How a password looks, compared with the Application Passwords WordPress generates. */
  public enum PasswordShape {
    /** 24 letters and digits once spaces and dashes are removed, as WordPress generates them. */
    APPLICATION_PASSWORD,
    /** Anything else, e.g. a login password. */
    OTHER,
    /** Not readable as a password at all, e.g. a Basic header that is not {@code user:password}. */
    MALFORMED
  }

  /** What the username is; WordPress accepts both for Basic and for the login form. */
  public enum UsernameKind {
    /** The login name. */
    LOGIN,
    /** An e-mail address (holds {@code @}). */
    EMAIL
  }

  /** How a bearer token looks. */
  public enum TokenShape {
    /** Three dot-separated parts, as a JWT has. */
    JWT,
    /** Anything else. */
    OPAQUE
  }

  private final String username;
  private final UsernameKind usernameKind;
  private final PasswordShape passwordShape;
  private final Integer passwordLength;
  private final SortedSet<String> cookieNames;
  private final Boolean noncePresent;
  private final TokenShape tokenShape;
  private final String jwtPlugin;

  private CredentialFacts(Builder b) {
    this.username = b.username;
    this.usernameKind = b.usernameKind;
    this.passwordShape = b.passwordShape;
    this.passwordLength = b.passwordLength;
    this.cookieNames = Collections.unmodifiableSortedSet(new TreeSet<>(b.cookieNames));
    this.noncePresent = b.noncePresent;
    this.tokenShape = b.tokenShape;
    this.jwtPlugin = b.jwtPlugin;
  }

  /**
   * Facts that state nothing, as for {@link AuthStrategy#none()}.
   *
   * @return the empty facts
   */
  public static CredentialFacts none() {
    return NONE;
  }

  /**
   * Starts a value with no facts stated.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The shape of {@code password}, as WordPress would judge an Application Password: 24 letters and
   * digits once its spaces and dashes are removed.
   *
   * @param password the password, only looked at
   * @return {@link PasswordShape#APPLICATION_PASSWORD} or {@link PasswordShape#OTHER}
   */
  public static PasswordShape passwordShapeOf(String password) {
    return ApplicationPasswordShape.matches(password)
        ? PasswordShape.APPLICATION_PASSWORD
        : PasswordShape.OTHER;
  }

  /** An e-mail address when it holds {@code @}: WordPress accepts both for a login. */
  static UsernameKind usernameKindOf(String username) {
    return username.contains("@") ? UsernameKind.EMAIL : UsernameKind.LOGIN;
  }

  /** Three dot-separated parts make a JWT; the parts are not decoded. */
  static TokenShape tokenShapeOf(String token) {
    return token.split("\\.", -1).length == 3 ? TokenShape.JWT : TokenShape.OPAQUE;
  }

  /** The stated facts by name, for equality and for {@link #toString()}. */
  private Map<String, String> stated() {
    Map<String, String> map = new LinkedHashMap<>();
    username().ifPresent(u -> map.put("username", u));
    usernameKind().ifPresent(k -> map.put("username.kind", name(k)));
    passwordShape().ifPresent(s -> map.put("password.shape", name(s)));
    passwordLength().ifPresent(l -> map.put("password.length", String.valueOf(l)));
    if (!cookieNames.isEmpty()) {
      map.put("cookies", String.join(",", cookieNames));
    }
    noncePresent().ifPresent(n -> map.put("nonce", n ? "present" : "absent"));
    tokenShape().ifPresent(t -> map.put("token.shape", name(t)));
    jwtPlugin().ifPresent(p -> map.put("jwt.plugin", p));
    return Map.copyOf(map);
  }

  /**
   * The username (login name or e-mail) the credential names; not a secret.
   *
   * @return the username, empty when the scheme names none
   */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /**
   * Whether the username is a login name or an e-mail address.
   *
   * @return the kind, empty without a username
   */
  public Optional<UsernameKind> usernameKind() {
    return Optional.ofNullable(usernameKind);
  }

  /**
   * How the password looks.
   *
   * @return the shape, empty without a password
   */
  public Optional<PasswordShape> passwordShape() {
    return Optional.ofNullable(passwordShape);
  }

  /**
   * Whether the password looks like an Application Password.
   *
   * @return true only when its shape is {@link PasswordShape#APPLICATION_PASSWORD}
   */
  public boolean passwordShapedLikeApplicationPassword() {
    return passwordShape == PasswordShape.APPLICATION_PASSWORD;
  }

  /**
   * The password's length in characters, as given (spaces included).
   *
   * @return the length, empty without a password
   */
  public OptionalInt passwordLength() {
    return passwordLength == null ? OptionalInt.empty() : OptionalInt.of(passwordLength);
  }

  /**
   * The names of the cookies sent, sorted; never their values.
   *
   * @return the names, empty without cookies
   */
  public SortedSet<String> cookieNames() {
    return cookieNames;
  }

  /**
   * Whether a {@code wordpress_logged_in_*} cookie is among the cookies.
   *
   * @return true when one is
   */
  public boolean hasLoginCookie() {
    return cookieNames.stream().anyMatch(n -> n.startsWith("wordpress_logged_in_"));
  }

  /**
   * Whether a REST nonce is held.
   *
   * @return present or absent, empty when the scheme uses no nonce
   */
  public Optional<Boolean> noncePresent() {
    return Optional.ofNullable(noncePresent);
  }

  /**
   * How the bearer token looks.
   *
   * @return the shape, empty without a token
   */
  public Optional<TokenShape> tokenShape() {
    return Optional.ofNullable(tokenShape);
  }

  /**
   * The JWT plugin a token is obtained from.
   *
   * @return the plugin's name, empty when no plugin is involved
   */
  public Optional<String> jwtPlugin() {
    return Optional.ofNullable(jwtPlugin);
  }

  /**
   * Whether no fact is stated.
   *
   * @return true for facts that say nothing
   */
  public boolean isEmpty() {
    return stated().isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CredentialFacts && stated().equals(((CredentialFacts) other).stated());
  }

  @Override
  public int hashCode() {
    return stated().hashCode();
  }

  /** The facts, which hold no secret by construction. */
  @Override
  public String toString() {
    return "CredentialFacts" + new TreeMap<>(stated());
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Builds {@link CredentialFacts}; every fact is optional. */
  public static final class Builder {
    private String username;
    private UsernameKind usernameKind;
    private PasswordShape passwordShape;
    private Integer passwordLength;
    private final TreeSet<String> cookieNames = new TreeSet<>();
    private Boolean noncePresent;
    private TokenShape tokenShape;
    private String jwtPlugin;

    private Builder() {}

    /**
     * Sets the username and, from it, its kind.
     *
     * @param username the login name or e-mail
     * @return this
     */
    public Builder username(String username) {
      requireNonNull(username, "username == null");
      if (!username.isBlank()) { // an empty Basic user part names nobody
        this.username = username;
        this.usernameKind = usernameKindOf(username);
      }
      return this;
    }

    /**
     * Sets the kind of username, when it is known without the username itself.
     *
     * @param kind the kind
     * @return this
     */
    public Builder usernameKind(UsernameKind kind) {
      this.usernameKind = requireNonNull(kind, "kind == null");
      return this;
    }

    /**
     * Sets the password's shape and length from the password, which is not kept.
     *
     * @param password the password, only looked at
     * @return this
     */
    public Builder password(String password) {
      passwordShape(passwordShapeOf(password));
      return passwordLength(password.length());
    }

    /**
     * Sets the password's shape.
     *
     * @param shape the shape
     * @return this
     */
    public Builder passwordShape(PasswordShape shape) {
      this.passwordShape = requireNonNull(shape, "shape == null");
      return this;
    }

    /**
     * Sets the password's length.
     *
     * @param length the length in characters
     * @return this
     */
    public Builder passwordLength(int length) {
      this.passwordLength = length;
      return this;
    }

    /**
     * Adds a cookie's name.
     *
     * @param name the cookie's name, never its value
     * @return this
     */
    public Builder cookieName(String name) {
      cookieNames.add(requireNonNull(name, "name == null"));
      return this;
    }

    /**
     * Adds cookies' names.
     *
     * @param names the cookies' names, never their values
     * @return this
     */
    public Builder cookieNames(Collection<String> names) {
      names.forEach(this::cookieName);
      return this;
    }

    /**
     * Sets whether a REST nonce is held.
     *
     * @param present true when one is
     * @return this
     */
    public Builder noncePresent(boolean present) {
      this.noncePresent = present;
      return this;
    }

    /**
     * Sets the token's shape from the token, which is not kept.
     *
     * @param token the token, only looked at
     * @return this
     */
    public Builder token(String token) {
      return tokenShape(tokenShapeOf(token));
    }

    /**
     * Sets the token's shape.
     *
     * @param shape the shape
     * @return this
     */
    public Builder tokenShape(TokenShape shape) {
      this.tokenShape = requireNonNull(shape, "shape == null");
      return this;
    }

    /**
     * Sets the JWT plugin a token is obtained from.
     *
     * @param plugin the plugin's name
     * @return this
     */
    public Builder jwtPlugin(String plugin) {
      this.jwtPlugin = requireNonNull(plugin, "plugin == null");
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the immutable facts
     */
    public CredentialFacts build() {
      return new CredentialFacts(this);
    }
  }
}
