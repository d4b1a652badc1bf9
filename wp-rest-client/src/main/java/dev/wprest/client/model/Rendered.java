package dev.wprest.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * A text field WordPress renders: {@code title}, {@code content}, {@code excerpt}, {@code caption},
 * {@code guid}. {@link #rendered()} is the HTML visitors see (shortcodes expanded, filters run);
 * {@link #raw()} is what is stored, sent only under {@code context=edit} to users who may edit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Rendered {
  private final String rendered;
  private final String raw;
  private final boolean passwordProtected;

  @JsonCreator
  private Rendered(
      @JsonProperty("rendered") String rendered,
      @JsonProperty("raw") String raw,
      @JsonProperty("protected") boolean passwordProtected) {
    this.rendered = JsonValues.text(rendered);
    this.raw = raw;
    this.passwordProtected = passwordProtected;
  }

  /**
   * A value with only rendered HTML, as WordPress sends it under {@code context=view}.
   *
   * @param rendered the HTML
   * @return the value
   */
  public static Rendered of(String rendered) {
    return new Rendered(Objects.requireNonNull(rendered, "rendered == null"), null, false);
  }

  /**
   * The HTML as visitors see it.
   *
   * @return the rendered HTML, empty when WordPress sent none
   */
  public String rendered() {
    return rendered;
  }

  /**
   * The stored source, sent only under {@code context=edit}.
   *
   * @return the raw text, if WordPress sent it
   */
  public Optional<String> raw() {
    return Optional.ofNullable(raw);
  }

  /**
   * Whether the post is password-protected ({@code protected} of {@code content} and {@code
   * excerpt}); the rendered text is then empty for readers who did not give the password.
   *
   * @return true when protected
   */
  public boolean passwordProtected() {
    return passwordProtected;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Rendered)) {
      return false;
    }
    Rendered r = (Rendered) o;
    return rendered.equals(r.rendered)
        && Objects.equals(raw, r.raw)
        && passwordProtected == r.passwordProtected;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rendered, raw, passwordProtected);
  }

  @Override
  public String toString() {
    return raw == null ? rendered : "Rendered{" + rendered + ", raw=" + raw + "}";
  }
}
