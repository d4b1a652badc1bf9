package dev.wprest.diagnostics.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.diagnostics.internal.CoreSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code docs/doctor-verdicts.md} is the doctor's verdict table as the code holds it: each cause it
 * can confirm, the probe that proves it and the causes it must rule out. Regenerate it after
 * changing {@link Proof} with {@code -DupdateGuide=true}.
 */
class VerdictTableGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "doctor-verdicts.md");

  @org.junit.jupiter.api.Test
  void theVerdictTableGuideMatchesTheCode() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("updateGuide")) {
      Files.writeString(GUIDE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(GUIDE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# What the doctor can confirm\n\n")
        .append("Generated from the doctor's verdict table (`Proof` in")
        .append(" `dev.wprest.diagnostics.doctor`); `VerdictTableGuideTest` keeps it in step.\n\n")
        .append("`AuthDoctor` says CONFIRMED only when the probe below proved the cause **and**")
        .append(" ruled out every cause that produces the same observations. When one of them")
        .append(" stays open, the verdict is LIKELY, the open causes are its alternatives, and the")
        .append(" first check is the one that tells them apart. Everything else the doctor reports")
        .append(" is the passive diagnosis of the failed call (LIKELY or POSSIBLE).\n\n")
        .append("A row confirms only core WordPress's whole answer: where it reads a WordPress")
        .append(" code, the answer must carry core's status and `data.status` (the same code with")
        .append(" another status is a plugin or proxy, and the verdict becomes UNKNOWN with the")
        .append(" row's cause as an alternative), and an answer in other words than core's, or an")
        .append(" observation of the run the verdict cannot explain, keeps it at LIKELY and is")
        .append(" shown as what does not fit.\n\n");
    for (Proof p : Proof.values()) {
      b.append("## ")
          .append(p.cause.name())
          .append(" (")
          .append(p.cause.code())
          .append("): `")
          .append(p.name())
          .append("`\n\n")
          .append("- Probe: `")
          .append(p.probe)
          .append("`: ")
          .append(p.proves)
          .append(".\n");
      for (CoreSignature core : ProofReads.of(p)) {
        b.append("- Reads core's answer: ")
            .append(
                core.statuses().stream()
                    .sorted()
                    .map(String::valueOf)
                    .reduce((x, y) -> x + "/" + y)
                    .orElse(""))
            .append(" `")
            .append(core.code())
            .append("` from `")
            .append(core.producedBy())
            .append("`.\n");
      }
      if (p.sharing.isEmpty()) {
        b.append("- Shares its observations with no other cause.\n");
      }
      for (Proof.Sharing s : p.sharing) {
        b.append("- Must rule out `")
            .append(s.cause.name())
            .append("`: ruled out by ")
            .append(s.ruledOutBy)
            .append(". Separating check: ")
            .append(s.separatingCheck)
            .append('\n');
      }
      b.append('\n');
    }
    return b.toString().stripTrailing() + "\n";
  }
}
