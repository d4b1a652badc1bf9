package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A just-created Application Password: the listing's fields plus the plaintext password, which
 * WordPress shows this once and never again. The password is a secret: {@code toString()} masks it,
 * and it is not part of {@code equals}, so it cannot leak through logs or assertion messages.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class NewApplicationPassword extends WpObject {
  private final ApplicationPassword details;
  private final String password;

  @JsonCreator
  private NewApplicationPassword(
      @JsonProperty("uuid") String uuid,
      @JsonProperty("app_id") String appId,
      @JsonProperty("name") String name,
      @JsonProperty("created") String created,
      @JsonProperty("last_used") String lastUsed,
      @JsonProperty("last_ip") String lastIp,
      @JsonProperty("_links") JsonNode links,
      @JsonProperty("password") String password) {
    this.details = new ApplicationPassword(uuid, appId, name, created, lastUsed, lastIp, links);
    this.password = JsonValues.text(password);
  }

  /**
   * The password's listing: uuid, name, dates.
   *
   * @return the details
   */
  public ApplicationPassword details() {
    return details;
  }

  /**
   * The id WordPress gave the password.
   *
   * @return the UUID
   */
  public String uuid() {
    return details.uuid();
  }

  /**
   * The name shown in the user's profile.
   *
   * @return the name
   */
  public String name() {
    return details.name();
  }

  /**
   * The plaintext password, in WordPress's groups of four ({@code abcd efgh ...}). Store it now:
   * WordPress cannot show it again.
   *
   * @return the secret
   */
  public String password() {
    return password;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NewApplicationPassword
        && details.equals(((NewApplicationPassword) o).details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(details);
  }

  @Override
  public String toString() {
    return "NewApplicationPassword{"
        + details.name()
        + ", uuid="
        + details.uuid()
        + ", password=****}";
  }
}
