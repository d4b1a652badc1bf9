package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.JsonRenderer;
import dev.wprest.diagnostics.TextRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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

  static List<String> forms(String username, String secret) {
    return List.of(
        secret,
        secret.replaceAll("[^A-Za-z0-9]", ""),
        URLEncoder.encode(secret, StandardCharsets.UTF_8),
        Base64.getEncoder()
            .encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8)));
  }

  static String all(Diagnosis d) {
    return TextRenderer.render(d) + JsonRenderer.render(d);
  }
}
