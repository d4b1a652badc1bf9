package dev.wprest.wpdoctor;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.testing.ReplaySite;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One row of the demo: a situation from the 401 evidence matrix, the credential a program would
 * use, the call it makes, and the recorded real WordPress answers that the stand-in replays.
 */
final class DemoScenario {
  private final String title;
  private final AuthStrategy auth;
  private final WpRequest request;
  private final Map<String, String> mounts;
  private final UnaryOperator<AuthDoctor.Builder> doctor;

  private DemoScenario(
      String title,
      AuthStrategy auth,
      WpRequest request,
      Map<String, String> mounts,
      UnaryOperator<AuthDoctor.Builder> doctor) {
    this.title = title;
    this.auth = auth;
    this.request = request;
    this.mounts = mounts;
    this.doctor = doctor;
  }

  /**
   * The doctor's credential for this scenario, when the doctor can probe it on the stand-in (it
   * needs the secret itself for the XML-RPC cross-check); empty to show the passive diagnosis.
   */
  java.util.Optional<UnaryOperator<AuthDoctor.Builder>> doctor() {
    return java.util.Optional.ofNullable(doctor);
  }

  static Builder named(String title) {
    return new Builder(title);
  }

  String title() {
    return title;
  }

  AuthStrategy auth() {
    return auth;
  }

  WpRequest request() {
    return request;
  }

  /** Starts a stand-in site for this scenario. */
  ReplaySite serve() {
    ReplaySite site = ReplaySite.start();
    mounts.forEach(
        (key, recording) -> {
          String[] parts = key.split(" ", 2);
          site.mount(parts[0], parts[1], recording);
        });
    return site;
  }

  static final class Builder {
    private final String title;
    private AuthStrategy auth = AuthStrategy.none();
    private WpRequest request;
    private final Map<String, String> mounts = new LinkedHashMap<>();
    private UnaryOperator<AuthDoctor.Builder> doctor;

    private Builder(String title) {
      this.title = requireNonNull(title, "title == null");
    }

    Builder auth(AuthStrategy auth) {
      this.auth = auth;
      return this;
    }

    Builder request(WpRequest request) {
      this.request = request;
      return this;
    }

    /** Answers {@code method path} with the named fixture. */
    Builder replay(String method, String pathAndQuery, String fixture) {
      mounts.put(method + " " + pathAndQuery, fixture);
      return this;
    }

    /** Lets the doctor probe this scenario, configured with the same credential. */
    Builder doctor(UnaryOperator<AuthDoctor.Builder> configure) {
      this.doctor = configure;
      return this;
    }

    DemoScenario build() {
      return new DemoScenario(
          title, auth, requireNonNull(request, "request"), Map.copyOf(mounts), doctor);
    }
  }
}
