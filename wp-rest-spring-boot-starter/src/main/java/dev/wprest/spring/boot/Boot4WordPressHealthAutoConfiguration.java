package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The {@code wordpress} health indicator on Spring Boot 4, which moved health to {@code
 * org.springframework.boot.health.contributor} (module {@code spring-boot-health}); the same
 * indicator as {@link WordPressHealthAutoConfiguration} gives Spring Boot 3, switched off the same
 * way ({@code management.health.wordpress.enabled=false}).
 */
@AutoConfiguration(after = WordPressAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(WordPressClient.class)
@EnableConfigurationProperties(WordPressProperties.class)
public class Boot4WordPressHealthAutoConfiguration {
  /** Created by Spring. */
  public Boot4WordPressHealthAutoConfiguration() {}

  /** The indicator, unless switched off. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("wordpress")
  static class Indicator {
    @Bean
    @ConditionalOnMissingBean(name = "wordpressHealthIndicator")
    Boot4WordPressHealthIndicator wordpressHealthIndicator(
        WordPressClient client, WordPressProperties properties, Environment environment) {
      return new Boot4WordPressHealthIndicator(
          WordPressHealthCheck.of(client, properties, environment));
    }
  }
}
