package dev.wprest.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import dev.wprest.client.model.ApplicationPassword;
import dev.wprest.client.model.NewApplicationPassword;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class ApplicationPasswordServiceTest {
  private static final String ROUTE = "/wp-json/wp/v2/users/me/application-passwords";

  /** Shaped like WordPress's plaintext; the recorded fixture's own is redacted. */
  private static final String SECRET = "Ab3d Ef6h Ij9k Lm2n Op5q Rs8t";

  private WireMockRuntimeInfo wm;
  private WordPressClient wp;

  @BeforeEach
  void site(WireMockRuntimeInfo wm) {
    this.wm = wm;
    WireMockSite.stubIndex(wm);
    wp = WireMockSite.client(wm, AuthStrategy.none()).build();
  }

  @Test
  void theListShowsNamesAndUsageButNoPasswords() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo(ROUTE))
                .willReturn(RecordedAnswers.answer("application-passwords.list.admin.modphp", wm)));

    List<ApplicationPassword> list = wp.applicationPasswords("me").list();

    assertThat(list)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("wp-rest-it");
              assertThat(p.uuid()).isEqualTo("00000000-0000-4000-8000-000000000001");
              assertThat(p.lastUsed()).contains(LocalDateTime.of(2024, 1, 1, 9, 0));
              assertThat(p.lastIp()).contains("127.0.0.1");
            });
  }

  @Test
  void theCreatedPlaintextIsReadableButMaskedInToString() {
    String body =
        RecordedAnswers.body("application-passwords.create.admin.modphp", wm)
            .replace("\"password\":\"REDACTED\"", "\"password\":\"" + SECRET + "\"");
    wm.getWireMock().register(post(urlPathEqualTo(ROUTE)).willReturn(WireMockSite.json(201, body)));

    NewApplicationPassword created = wp.applicationPasswords("me").create("fixture-recorder");

    assertThat(created.password()).isEqualTo(SECRET);
    assertThat(created.name()).isEqualTo("fixture-recorder");
    assertThat(created.details().lastUsed()).isEmpty();
    assertThat(created.toString()).doesNotContain(SECRET).doesNotContain("Ab3d").contains("****");
    assertThat(created.details().toString()).doesNotContain(SECRET);
    wm.getWireMock()
        .verifyThat(
            postRequestedFor(urlPathEqualTo(ROUTE))
                .withRequestBody(equalToJson("{\"name\":\"fixture-recorder\"}")));
  }

  @Test
  void oneIsDeletedByUuidAndAllAtOnce() {
    String uuid = "00000000-0000-4000-8000-000000000002";
    wm.getWireMock()
        .register(
            delete(urlPathEqualTo(ROUTE + "/" + uuid))
                .willReturn(
                    RecordedAnswers.answer("application-passwords.delete.admin.modphp", wm)));
    wm.getWireMock()
        .register(
            delete(urlPathEqualTo(ROUTE))
                .willReturn(WireMockSite.json(200, "{\"deleted\":true,\"count\":3}")));

    ApplicationPassword revoked = wp.applicationPasswords("me").delete(uuid);
    long count = wp.applicationPasswords("me").deleteAll();

    assertThat(revoked.uuid()).isEqualTo(uuid);
    assertThat(revoked.name()).isEqualTo("fixture-recorder");
    assertThat(count).isEqualTo(3);
    wm.getWireMock().verifyThat(deleteRequestedFor(urlPathEqualTo(ROUTE + "/" + uuid)));
  }

  @Test
  void theCurrentPasswordComesFromIntrospect() {
    wm.getWireMock()
        .register(
            get(urlPathEqualTo("/wp-json/wp/v2/users/1/application-passwords/introspect"))
                .willReturn(
                    WireMockSite.json(
                        200,
                        "{\"uuid\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"wp-rest-it\"}")));

    assertThat(wp.applicationPasswords("1").current().name()).isEqualTo("wp-rest-it");
  }

  @Test
  void badUsersAndUuidsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> wp.applicationPasswords("../admin"))
        .hasMessage("userIdOrMe must be \"me\" or a user id: ../admin");
    assertThatThrownBy(() -> wp.applicationPasswords("me").delete("x/../y"))
        .hasMessage("not an Application Password uuid: x/../y");
    assertThatThrownBy(() -> wp.applicationPasswords("me").create(" "))
        .hasMessage("name must not be blank: \" \"");
  }
}
