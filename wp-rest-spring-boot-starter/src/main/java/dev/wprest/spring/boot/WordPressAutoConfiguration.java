package dev.wprest.spring.boot;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressEventListener;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One {@link WordPressClient} from the {@code wordpress.*} properties (see {@link
 * WordPressProperties}), with diagnostics installed unless {@code
 * wordpress.diagnostics.enabled=false}, and every {@link WordPressEventListener} bean registered
 * (the metrics' among them). Nothing happens without {@code wordpress.url}; an application that
 * defines its own client keeps it.
 */
@AutoConfiguration
@ConditionalOnClass(WordPressClient.class)
@ConditionalOnProperty(prefix = "wordpress", name = "url")
@EnableConfigurationProperties(WordPressProperties.class)
public class WordPressAutoConfiguration {
  /** Created by Spring. */
  public WordPressAutoConfiguration() {}

  /**
   * The client.
   *
   * @param properties the {@code wordpress.*} properties
   * @param environment where {@code wordpress.auth.secret-env} is looked up
   * @param listeners the application's {@link WordPressEventListener} beans, in their order
   * @return the client
   */
  @Bean
  @ConditionalOnMissingBean
  public WordPressClient wordPressClient(
      WordPressProperties properties,
      Environment environment,
      ObjectProvider<WordPressEventListener> listeners) {
    return new WordPressClientFactory(properties, environment)
        .build(listeners.orderedStream().collect(Collectors.toList()));
  }

  /**
   * The start-up check of the credentials, when {@code wordpress.verify-on-startup=true}.
   *
   * @param client the client, the application's own or this configuration's
   * @param properties for the doctor that confirms a refusal
   * @param environment where {@code wordpress.auth.secret-env} is looked up
   * @return the check, run once the client exists
   */
  @Bean
  @ConditionalOnProperty(prefix = "wordpress", name = "verify-on-startup", havingValue = "true")
  public StartupVerification wordPressStartupVerification(
      WordPressClient client, WordPressProperties properties, Environment environment) {
    return new StartupVerification(client, DoctorConfirmation.of(properties, environment));
  }
}
