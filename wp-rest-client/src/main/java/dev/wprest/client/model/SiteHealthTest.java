package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * The result of one site health test from {@code /wp-site-health/v1/tests/...} (administrators:
 * {@code view_site_health_checks}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SiteHealthTest extends WpObject {
  private final String test;
  private final String label;
  private final String status;
  private final JsonNode badge;
  private final String description;
  private final String actions;

  @JsonCreator
  private SiteHealthTest(
      @JsonProperty("test") String test,
      @JsonProperty("label") String label,
      @JsonProperty("status") String status,
      @JsonProperty("badge") JsonNode badge,
      @JsonProperty("description") String description,
      @JsonProperty("actions") String actions) {
    this.test = JsonValues.text(test);
    this.label = JsonValues.text(label);
    this.status = JsonValues.text(status);
    this.badge = JsonValues.object(badge);
    this.description = JsonValues.text(description);
    this.actions = JsonValues.text(actions);
  }

  /**
   * The test's name, e.g. {@code https_status} ({@code test}).
   *
   * @return the name
   */
  public String test() {
    return test;
  }

  /**
   * The result as a sentence ({@code label}).
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * {@code good}, {@code recommended} or {@code critical} ({@code status}).
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * The badge: {@code label} (e.g. {@code Security}) and {@code color} ({@code badge}).
   *
   * @return a JSON object
   */
  public JsonNode badge() {
    return badge.deepCopy();
  }

  /**
   * What was found, as HTML ({@code description}).
   *
   * @return the HTML
   */
  public String description() {
    return description;
  }

  /**
   * What to do, as HTML ({@code actions}).
   *
   * @return the HTML
   */
  public String actions() {
    return actions;
  }

  private List<Object> values() {
    return Arrays.asList(test, label, status, badge, description, actions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SiteHealthTest && values().equals(((SiteHealthTest) o).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  @Override
  public String toString() {
    return "SiteHealthTest{" + test + " " + status + "}";
  }
}
