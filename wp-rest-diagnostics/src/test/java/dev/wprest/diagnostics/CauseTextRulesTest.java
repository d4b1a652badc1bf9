package dev.wprest.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed's rules hold in every text of every cause. */
class CauseTextRulesTest {

  @Test
  void everyCauseHasItsTextsAndAUniqueCode() {
    List<String> codes = new ArrayList<>();
    for (LikelyCause c : LikelyCause.values()) {
      assertThat(c.title()).isNotBlank();
      assertThat(c.selectedBy()).isNotBlank();
      assertThat(c.firstCheck()).isNotBlank();
      assertThat(c.code()).matches("WPD-[A-Z0-9]+(-[A-Z0-9]+)*");
      assertThat(codes).doesNotContain(c.code());
      codes.add(c.code());
    }
  }

  @Test
  void noTextSuggestsMakingARoutePublicOrPastingSecretsOrPermissionCallbacks() {
    for (LikelyCause c : LikelyCause.values()) {
      for (String advice : List.of(c.firstCheck(), c.title())) {
        String lower = advice.toLowerCase(Locale.ROOT);
        assertThat(lower).as(c + " advice").doesNotContain("public", "permission_callback");
        assertThat(lower).as(c + " advice").doesNotContain("paste", "decoder", "jwt.io");
      }
      for (String item : c.notYet()) {
        String lower = item.toLowerCase(Locale.ROOT);
        if (lower.contains("public")
            || lower.contains("permission_callback")
            || lower.contains("paste")) {
          assertThat(item).as(c + " not-yet item").startsWith("Do not");
        }
      }
    }
  }

  @Test
  void identityCausesWarnAgainstPermissionDebugging() {
    for (LikelyCause c : LikelyCause.values()) {
      if (c.stage() == Stage.IDENTITY && c != LikelyCause.BEARER_PLUGIN_MISCONFIGURED) {
        assertThat(String.join("\n", c.notYet()))
            .as(c.name())
            .containsAnyOf("permission_callback", "permission problem");
      }
    }
  }

  @Test
  void causesThatTempt401WorkaroundsWarnAgainstOpeningTheRoute() {
    for (LikelyCause c :
        List.of(
            LikelyCause.NO_CREDENTIALS_SENT,
            LikelyCause.AUTHORIZATION_HEADER_STRIPPED,
            LikelyCause.LOGIN_PASSWORD_INSTEAD_OF_APPLICATION_PASSWORD,
            LikelyCause.CREDENTIALS_REJECTED,
            LikelyCause.APPLICATION_PASSWORDS_UNAVAILABLE,
            LikelyCause.INSUFFICIENT_CAPABILITY,
            LikelyCause.REST_API_DISABLED)) {
      assertThat(String.join("\n", c.notYet()))
          .as(c.name())
          .containsAnyOf("public", "anonymous visitors");
    }
  }
}
