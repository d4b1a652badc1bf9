package dev.wprest.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web application that reads WordPress through the starter's auto-configured client and reports
 * the site's authentication on {@code /actuator/health}.
 */
@SpringBootApplication
public class ExampleApplication {
  /** Spring instantiates the application class; nothing else does. */
  public ExampleApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, e.g. {@code --wordpress.url=https://example.com}
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
