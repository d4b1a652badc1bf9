package dev.wprest.diagnostics;

import static dev.wprest.diagnostics.DiagnosisAssert.assertDiagnosis;
import static dev.wprest.diagnostics.Fixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.AuthStrategy;
import dev.wprest.client.BodyProblem;
import dev.wprest.client.MalformedResponseException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WpRequest;
import dev.wprest.client.model.Post;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WordPress's JSON arrived whole but does not fit the type asked for: a diagnosis of its own, not
 * the broken-body one that sends the user after proxies, Content-Length and PHP memory.
 */
@WireMockTest
class UnexpectedShapeTest {
  private static final String ME = "/wp/v2/users/me";

  private static WordPressClient client(WireMockRuntimeInfo wm, ObjectMapper mapper) {
    new Replay(wm)
        .index(recorded("index.modphp"))
        .answer(recorded("users-me.basic-valid.admin.modphp"));
    return WordPressClient.builder()
        .baseUrl(wm.getHttpBaseUrl() + "/wp-json/")
        .auth(AuthStrategy.none())
        .objectMapper(mapper)
        .build();
  }

  @Test
  void anObjectBoundAsAListIsAShapeMismatchNotABrokenBody(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, new ObjectMapper());

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> wp.execute(WpRequest.get(ME).build(), new TypeReference<List<Post>>() {}));
    Diagnosis d = AuthDiagnostics.diagnose(e);

    assertThat(e.problem()).isEqualTo(BodyProblem.UNEXPECTED_SHAPE);
    assertDiagnosis(d, Stage.RESPONSE, LikelyCause.UNEXPECTED_JSON_SHAPE, Confidence.LIKELY);
    assertThat(d.code()).isEqualTo("WPD-RESP-UNEXPECTED-SHAPE");
    assertThat(d.summary()).contains("did not fit");
    assertThat(d.firstCheck()).contains("ObjectMapper").doesNotContain("Content-Length");
    assertThat(d.notYet()).anySatisfy(item -> assertThat(item).contains("Content-Length"));
  }

  @Test
  void aBareCallerMapperOnAnUnknownFieldNamesTheField(WireMockRuntimeInfo wm) {
    WordPressClient wp = client(wm, new ObjectMapper());

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> wp.execute(WpRequest.get(ME).build(), OnlyAnId.class));
    Diagnosis d = AuthDiagnostics.diagnose(e);

    assertThat(d.cause()).isEqualTo(LikelyCause.UNEXPECTED_JSON_SHAPE);
    assertThat(TextRenderer.render(d)).contains("OnlyAnId at name");
  }

  /** A caller's class that names one field and, bound by a bare mapper, fails on the next. */
  static final class OnlyAnId {
    public long id;
  }
}
