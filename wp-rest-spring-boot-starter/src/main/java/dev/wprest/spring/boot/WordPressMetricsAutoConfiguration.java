package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics and observations of the client's calls (see {@link WordPressMetrics}), when
 * Micrometer is on the class path. The registries are looked up at the first call, not at start-up,
 * so this works whichever Spring Boot module (3.x or 4.x) configures them and in whatever order.
 */
@AutoConfiguration(before = WordPressAutoConfiguration.class)
@ConditionalOnClass({WordPressClient.class, MeterRegistry.class, ObservationRegistry.class})
public class WordPressMetricsAutoConfiguration {
  /** Created by Spring. */
  public WordPressMetricsAutoConfiguration() {}

  /**
   * The listener the client built from {@code wordpress.*} registers.
   *
   * @param meters the application's meter registry, if any
   * @param observations the application's observation registry, if any
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean
  public WordPressMetrics wordPressMetrics(
      ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
    return new WordPressMetrics(meters, observations);
  }
}
