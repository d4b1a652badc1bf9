package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@code wordpress} health indicator on Spring Boot 3, when Actuator is present and a {@link
 * WordPressClient} exists; off with {@code management.health.wordpress.enabled=false}. Spring Boot
 * 4 gets {@link Boot4WordPressHealthAutoConfiguration} instead: the class condition tells them
 * apart, and the Boot-specific annotations sit on the nested class, read only when it matches.
 */
@AutoConfiguration(after = WordPressAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(WordPressClient.class)
@EnableConfigurationProperties(WordPressProperties.class)
public class WordPressHealthAutoConfiguration {
  /** Created by Spring. */
  public WordPressHealthAutoConfiguration() {}

  /** The indicator, unless switched off. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("wordpress")
  static class Indicator {
    @Bean
    @ConditionalOnMissingBean(name = "wordpressHealthIndicator")
    WordPressHealthIndicator wordpressHealthIndicator(
        WordPressClient client, WordPressProperties properties, Environment environment) {
      return new WordPressHealthIndicator(WordPressHealthCheck.of(client, properties, environment));
    }
  }
}
