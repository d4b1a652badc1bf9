package dev.wprest.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void decodesWhatWordPressEscapesInNamesOnce() {
    assertThat(HtmlText.decode("R&amp;D")).isEqualTo("R&D");
    assertThat(HtmlText.decode("&lt;b&gt; &quot;q&quot; &#039;s&#39; &#x263A;"))
        .isEqualTo("<b> \"q\" 's' \u263a");
    assertThat(HtmlText.decode("&amp;amp;")).as("decoded once").isEqualTo("&amp;");
    assertThat(HtmlText.decode("Caf&eacute; &unknown; & a;b &#xZZ; &#99999999;"))
        .as("unknown entities and lone ampersands stay")
        .isEqualTo("Caf&eacute; &unknown; & a;b &#xZZ; &#99999999;");
    assertThat(HtmlText.decode("")).isEmpty();
  }

  @Test
  void escapesANameAsWordPressStoresIt() {
    assertThat(HtmlText.escape("R&D <x> \"q\" 's")).isEqualTo("R&amp;D &lt;x&gt; \"q\" 's");
    assertThat(HtmlText.decode(HtmlText.escape("A & B < C"))).isEqualTo("A & B < C");
  }
}
