package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An Application Password as WordPress lists it: its name and usage, never the password itself
 * (WordPress stores only a hash; the plaintext exists once, in {@link NewApplicationPassword}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ApplicationPassword extends WpObject {
  private final String uuid;
  private final String appId;
  private final String name;
  private final LocalDateTime created;
  private final LocalDateTime lastUsed;
  private final String lastIp;
  private final JsonNode links;

  @JsonCreator
  ApplicationPassword(
      @JsonProperty("uuid") String uuid,
      @JsonProperty("app_id") String appId,
      @JsonProperty("name") String name,
      @JsonProperty("created") String created,
      @JsonProperty("last_used") String lastUsed,
      @JsonProperty("last_ip") String lastIp,
      @JsonProperty("_links") JsonNode links) {
    this.uuid = JsonValues.text(uuid);
    this.appId = JsonValues.text(appId);
    this.name = JsonValues.text(name);
    this.created = WpDates.local(created);
    this.lastUsed = WpDates.local(lastUsed);
    this.lastIp = lastIp;
    this.links = JsonValues.object(links);
  }

  /**
   * The id WordPress gave the password: what {@code delete} takes.
   *
   * @return the UUID
   */
  public String uuid() {
    return uuid;
  }

  /**
   * The application's own UUID, if it sent one when the password was created.
   *
   * @return the app id, empty when none
   */
  public String appId() {
    return appId;
  }

  /**
   * The name shown in the user's profile.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * When the password was created (site-local, as WordPress reports it).
   *
   * @return the date, if known
   */
  public Optional<LocalDateTime> created() {
    return Optional.ofNullable(created);
  }

  /**
   * When the password was last used.
   *
   * @return the date, empty if never used
   */
  public Optional<LocalDateTime> lastUsed() {
    return Optional.ofNullable(lastUsed);
  }

  /**
   * The IP address of the last use.
   *
   * @return the address, empty if never used
   */
  public Optional<String> lastIp() {
    return Optional.ofNullable(lastIp);
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
    return Arrays.asList(uuid, appId, name, created, lastUsed, lastIp, links);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApplicationPassword && values().equals(((ApplicationPassword) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "ApplicationPassword{" + name + ", uuid=" + uuid + "}";
  }
}
