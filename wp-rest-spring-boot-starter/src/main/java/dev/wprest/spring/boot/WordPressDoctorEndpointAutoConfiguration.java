package dev.wprest.spring.boot;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The opt-in {@code wordpress} actuator endpoint (see {@link WordPressDoctorEndpoint}). It needs
 * the {@code wordpress.*} properties: the doctor examines the configured credential itself.
 */
@AutoConfiguration(after = WordPressAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnProperty(prefix = "wordpress", name = "url")
@EnableConfigurationProperties(WordPressProperties.class)
public class WordPressDoctorEndpointAutoConfiguration {
  /** Created by Spring. */
  public WordPressDoctorEndpointAutoConfiguration() {}

  /**
   * The endpoint; the doctor is built at each call, so a changed environment variable counts.
   *
   * @param properties the {@code wordpress.*} properties
   * @param environment where {@code wordpress.auth.secret-env} is looked up
   * @return the endpoint
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint
  public WordPressDoctorEndpoint wordPressDoctorEndpoint(
      WordPressProperties properties, Environment environment) {
    WordPressClientFactory factory = new WordPressClientFactory(properties, environment);
    return new WordPressDoctorEndpoint(factory::doctor);
  }
}
