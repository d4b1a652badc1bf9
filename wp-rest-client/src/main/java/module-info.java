/**
 * A WordPress REST API client that keeps the evidence of every failed call. Start at {@link
 * dev.wprest.client.WordPressClient}; the resources' values are in {@link dev.wprest.client.model}.
 *
 * <p>Jackson Databind and {@code java.net.http} appear in the API ({@code JsonNode}, {@code
 * ObjectMapper}, {@code TypeReference}, {@code HttpClient}), so a module that requires this one
 * reads them too. The models are opened to Jackson, which binds them through private constructors.
 * {@code dev.wprest.client.internal} is not API and is exported only to the diagnostics module.
 */
// The diagnostics module, to which internal is exported, is built after this one.
@SuppressWarnings("module")
module dev.wprest.client {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive java.net.http;
  requires org.slf4j;

  exports dev.wprest.client;
  exports dev.wprest.client.model;
  exports dev.wprest.client.authorize;
  exports dev.wprest.client.internal to
      dev.wprest.diagnostics;

  opens dev.wprest.client.model to
      com.fasterxml.jackson.databind;
}
