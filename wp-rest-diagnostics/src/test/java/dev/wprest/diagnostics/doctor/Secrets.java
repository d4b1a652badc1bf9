package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.EchoEncodings;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Asserts that no form of a secret appears anywhere in a report. */
final class Secrets {
  private Secrets() {}

  static void assertAbsent(DoctorReport report, String username, String secret) {
    StringBuilder all = new StringBuilder(report.toString());
    report.probes().forEach(p -> all.append('\n').append(p.request()).append(p.finding()));
    report.identity().ifPresent(all::append);
    report
        .diagnosis()
        .ifPresent(
            d -> {
              all.append(TextRenderer.render(d)).append(JsonRenderer.render(d));
              all.append(d.summary()).append(d.firstCheck()).append(d.evidence());
              all.append(d.alternatives()).append(d.notYet());
            });
    String text = all.toString();
    for (String form : forms(username, secret)) {
      assertThat(text).as("a form of the secret").doesNotContain(form);
    }
  }

  /** The secret and {@code username:secret} in every encoding a server can echo them in. */
  static List<String> forms(String username, String secret) {
    List<String> forms = new ArrayList<>();
    forms.add(secret.replaceAll("[^A-Za-z0-9]", ""));
    for (UnaryOperator<String> encoding : EchoEncodings.all().values()) {
      forms.add(encoding.apply(secret));
      forms.add(encoding.apply(username + ":" + secret));
    }
    forms.removeIf(form -> form.length() < 4);
    return forms;
  }

  static String all(Diagnosis d) {
    return TextRenderer.render(d) + JsonRenderer.render(d);
  }
}
