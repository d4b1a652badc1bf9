package dev.wprest.benchmarks;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.RetryPolicy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import dev.wprest.client.WpRequest;
import dev.wprest.client.model.Post;
import dev.wprest.diagnostics.AuthDiagnostics;
import dev.wprest.diagnostics.Diagnosis;
import dev.wprest.diagnostics.doctor.AuthDoctor;
import dev.wprest.diagnostics.doctor.DoctorReport;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What diagnostics cost: the wrapper on a successful call (should be nothing measurable), a passive
 * diagnosis of a recorded 401 (no network), and the doctor's full probe run against canned answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class DiagnosticsBenchmark {
  private StubWordPress stub;
  private WordPressClient plain;
  private WordPressClient diagnosing;
  private WordPressException recorded401;

  /** Starts the stub, both clients, and records one real 401 failure to diagnose. */
  @Setup(Level.Trial)
  public void start() {
    stub = StubWordPress.start();
    plain = client(false);
    diagnosing = client(true);
    plain.siteInfo();
    diagnosing.siteInfo();
    try {
      plain.execute(WpRequest.get("/wp/v2/users/me").build());
      throw new IllegalStateException("the stub should answer users/me with 401");
    } catch (WordPressException e) {
      recorded401 = e;
    }
  }

  private WordPressClient client(boolean withDiagnostics) {
    WordPressClient.Builder builder =
        WordPressClient.builder()
            .baseUrl(stub.apiRoot().toString())
            .auth(AuthStrategy.applicationPassword("bench", "AbCd EfGh IjKl MnOp QrSt UvWx"))
            .callTimeout(Duration.ofSeconds(10))
            .retryPolicy(RetryPolicy.none());
    return withDiagnostics ? AuthDiagnostics.install(builder).build() : builder.build();
  }

  /** Stops the stub. */
  @TearDown(Level.Trial)
  public void stop() {
    stub.close();
  }

  /**
   * A successful GET without diagnostics.
   *
   * @return the post
   */
  @Benchmark
  public Post successWithoutDiagnostics() {
    return plain.posts().get(1);
  }

  /**
   * The same successful GET through a client wrapped with diagnostics.
   *
   * @return the post
   */
  @Benchmark
  public Post successWithDiagnostics() {
    return diagnosing.posts().get(1);
  }

  /**
   * Passive diagnosis of a recorded {@code 401 rest_not_logged_in}.
   *
   * @return the diagnosis
   */
  @Benchmark
  public Diagnosis passiveDiagnose() {
    return AuthDiagnostics.diagnose(recorded401);
  }

  /**
   * The doctor's whole probe run (discovery, index, identity, introspect, XML-RPC) against the
   * stub's canned answers, which refuse the credential.
   *
   * @return the report
   */
  @Benchmark
  public DoctorReport doctorExamine() {
    return AuthDoctor.builder(stub.apiRoot())
        .applicationPassword("bench", "AbCd EfGh IjKl MnOp QrSt UvWx")
        .callTimeout(Duration.ofSeconds(10))
        .build()
        .examine();
  }
}
