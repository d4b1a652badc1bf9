package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user from {@code /wp/v2/users}. Anonymous readers see only the public fields ({@code name},
 * {@code slug}, {@code link}, ...); {@code username}, {@code email}, {@code roles} and {@code
 * capabilities} come only with {@code context=edit}, so they are {@code Optional} or empty here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class User extends WpObject {
  private final long id;
  private final String username;
  private final String name;
  private final String firstName;
  private final String lastName;
  private final String email;
  private final String url;
  private final String description;
  private final String link;
  private final String locale;
  private final String nickname;
  private final String slug;
  private final List<String> roles;
  private final OffsetDateTime registeredDate;
  private final Map<String, Boolean> capabilities;
  private final JsonNode avatarUrls;
  private final JsonNode meta;
  private final JsonNode links;

  @JsonCreator
  private User(
      @JsonProperty("id") long id,
      @JsonProperty("username") String username,
      @JsonProperty("name") String name,
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName,
      @JsonProperty("email") String email,
      @JsonProperty("url") String url,
      @JsonProperty("description") String description,
      @JsonProperty("link") String link,
      @JsonProperty("locale") String locale,
      @JsonProperty("nickname") String nickname,
      @JsonProperty("slug") String slug,
      @JsonProperty("roles") List<String> roles,
      @JsonProperty("registered_date") String registeredDate,
      @JsonProperty("capabilities") Map<String, Boolean> capabilities,
      @JsonProperty("avatar_urls") JsonNode avatarUrls,
      @JsonProperty("meta") JsonNode meta,
      @JsonProperty("_links") JsonNode links) {
    this.id = id;
    this.username = username;
    this.name = JsonValues.text(name);
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.url = JsonValues.text(url);
    this.description = JsonValues.text(description);
    this.link = JsonValues.text(link);
    this.locale = locale;
    this.nickname = nickname;
    this.slug = JsonValues.text(slug);
    this.roles = JsonValues.list(roles);
    this.registeredDate = WpDates.gmt(registeredDate);
    this.capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
    this.avatarUrls = JsonValues.object(avatarUrls);
    this.meta = JsonValues.object(meta);
    this.links = JsonValues.object(links);
  }

  /**
   * The user id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * The login name ({@code context=edit} only).
   *
   * @return the login, if sent
   */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /**
   * The display name as WordPress sends it: HTML-escaped, because WordPress stores it so ({@code
   * R&D} comes as {@code R&amp;D}). Show it in HTML as it is; compare or print it as {@link
   * #decodedName()}.
   *
   * @return the name, HTML-escaped
   */
  public String name() {
    return name;
  }

  /**
   * The display name as plain text, its HTML entities decoded ({@code R&amp;D} gives {@code R&D}):
   * what the user typed in wp-admin, to compare with a name of your own.
   *
   * @return the name as text
   */
  public String decodedName() {
    return HtmlText.decode(name);
  }

  /**
   * The first name ({@code context=edit} only).
   *
   * @return the first name, if sent
   */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /**
   * The last name ({@code context=edit} only).
   *
   * @return the last name, if sent
   */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /**
   * The e-mail address ({@code context=edit} only).
   *
   * @return the address, if sent
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * The user's website.
   *
   * @return the URL, empty when none
   */
  public String url() {
    return url;
  }

  /**
   * The biographical info.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The author archive URL.
   *
   * @return the link
   */
  public String link() {
    return link;
  }

  /**
   * The user's locale ({@code context=edit} only).
   *
   * @return the locale, if sent
   */
  public Optional<String> locale() {
    return Optional.ofNullable(locale);
  }

  /**
   * The nickname ({@code context=edit} only).
   *
   * @return the nickname, if sent
   */
  public Optional<String> nickname() {
    return Optional.ofNullable(nickname);
  }

  /**
   * The slug (the author archive's path segment).
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }

  /**
   * The roles ({@code context=edit} only).
   *
   * @return the roles, empty when not sent
   */
  public List<String> roles() {
    return roles;
  }

  /**
   * When the user registered ({@code context=edit} only).
   *
   * @return the date with its offset, if sent
   */
  public Optional<OffsetDateTime> registeredDate() {
    return Optional.ofNullable(registeredDate);
  }

  /**
   * The capabilities, e.g. {@code edit_posts=true} ({@code context=edit} only).
   *
   * @return capability to granted, empty when not sent
   */
  public Map<String, Boolean> capabilities() {
    return capabilities;
  }

  /**
   * Avatar URLs by pixel size ({@code "24"}, {@code "48"}, {@code "96"}).
   *
   * @return a JSON object, empty when avatars are off
   */
  public JsonNode avatarUrls() {
    return avatarUrls.deepCopy();
  }

  /**
   * Registered user meta.
   *
   * @return a JSON object, empty when there is no meta
   */
  public JsonNode meta() {
    return meta.deepCopy();
  }

  /**
   * The {@code _links} relations.
   *
   * @return a JSON object
   */
  public JsonNode links() {
    return links.deepCopy();
  }

  private List<Object> values() {
    return Arrays.asList(
        id,
        username,
        name,
        firstName,
        lastName,
        email,
        url,
        description,
        link,
        locale,
        nickname,
        slug,
        roles,
        registeredDate,
        capabilities,
        avatarUrls,
        meta,
        links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User && values().equals(((User) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "User{id=" + id + ", slug=" + slug + "}";
  }
}
