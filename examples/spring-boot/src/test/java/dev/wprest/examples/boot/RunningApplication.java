package dev.wprest.examples.boot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application started on a free port, spoken to over HTTP like a user would. */
final class RunningApplication implements AutoCloseable {
  private final ConfigurableApplicationContext context;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningApplication(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /** Starts the application with the given properties (key=value) on top of its own. */
  static RunningApplication start(String... properties) {
    String[] args = new String[properties.length + 1];
    args[0] = "--server.port=0";
    for (int i = 0; i < properties.length; i++) {
      args[i + 1] = "--" + properties[i];
    }
    return new RunningApplication(
        new SpringApplicationBuilder(ExampleApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(args));
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    String port = context.getEnvironment().getRequiredProperty("local.server.port");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    context.close();
  }
}
