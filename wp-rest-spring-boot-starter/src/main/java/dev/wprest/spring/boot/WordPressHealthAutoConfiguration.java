package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@code wordpress} health indicator, when Actuator is present and a {@link WordPressClient}
 * exists; off with {@code management.health.wordpress.enabled=false}.
 */
@AutoConfiguration(after = WordPressAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(WordPressClient.class)
@ConditionalOnEnabledHealthIndicator("wordpress")
@EnableConfigurationProperties(WordPressProperties.class)
public class WordPressHealthAutoConfiguration {
  /** Created by Spring. */
  public WordPressHealthAutoConfiguration() {}

  /**
   * The indicator, named {@code wordpress} in {@code /actuator/health}.
   *
   * @param client the client
   * @param properties for {@code wordpress.health.cache-time}
   * @param environment for the secret to keep out of the details
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "wordpressHealthIndicator")
  public WordPressHealthIndicator wordpressHealthIndicator(
      WordPressClient client, WordPressProperties properties, Environment environment) {
    return new WordPressHealthIndicator(
        client,
        properties.getHealth().getCacheTime(),
        Clock.systemUTC(),
        new ConfiguredSecrets(environment));
  }
}
