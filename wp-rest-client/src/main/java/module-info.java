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

  // Only the loopback receiver of the authorization flow (dev.wprest.client.authorize) uses the
  // JDK's HTTP server. Static, so that the many applications that never run the flow (servers,
  // jobs) need not resolve it, and a jlink image may leave it out; an interactive program that
  // does run it adds `requires jdk.httpserver;` (or `--add-modules jdk.httpserver`), and the
  // receiver says so by name when the module is missing. A separate module for one class would
  // cost every user of the flow a second artifact for no gain on the class path.
  requires static jdk.httpserver;

  exports dev.wprest.client;
  exports dev.wprest.client.model;
  exports dev.wprest.client.authorize;
  exports dev.wprest.client.internal to
      dev.wprest.diagnostics;

  opens dev.wprest.client.model to
      com.fasterxml.jackson.databind;
}
