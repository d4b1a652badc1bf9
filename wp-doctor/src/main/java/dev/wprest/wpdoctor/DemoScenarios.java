package dev.wprest.wpdoctor;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WpRequest;
import dev.wprest.diagnostics.har.HeaderAuth;
import java.util.List;
import java.util.Map;

/**
 * The demo's scenarios: the seed's 401 evidence matrix and its neighbours, each replaying what a
 * real WordPress 6.1 answered in that situation. The credentials here are made up: the recorded
 * answers do not depend on them.
 */
final class DemoScenarios {
  /** Shaped like an Application Password (24 letters and digits), but not a real one. */
  private static final String APP_PASSWORD = "AbCd EfGh IjKl MnOp QrSt UvWx";

  private static final String LOGIN_PASSWORD = "my-normal-login-password!";
  private static final WpRequest ME = WpRequest.get("/wp/v2/users/me").build();

  private DemoScenarios() {}

  static List<DemoScenario> all() {
    return List.of(
        DemoScenario.named("No credentials sent")
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.anonymous.modphp")
            .build(),
        DemoScenario.named("Server strips the Authorization header")
            .auth(AuthStrategy.applicationPassword("itadmin", APP_PASSWORD))
            .request(ME)
            .replay("GET", "/wp-json/", "index.stripped-header")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.basic-valid.stripped-header")
            .replay(
                "GET",
                "/wp-json/wp/v2/users/me/application-passwords/introspect",
                "application-passwords.introspect.basic-valid.stripped-header")
            .replay("POST", "/xmlrpc.php", "xmlrpc.getUsersBlogs.app-password.stripped")
            .doctor(d -> d.applicationPassword("itadmin", APP_PASSWORD))
            .build(),
        DemoScenario.named("Login password instead of an Application Password")
            .auth(AuthStrategy.applicationPassword("itadmin", LOGIN_PASSWORD))
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.basic-login-password.modphp")
            .replay("POST", "/xmlrpc.php", "xmlrpc.getUsersBlogs.login-password.stripped")
            .doctor(d -> d.applicationPassword("itadmin", LOGIN_PASSWORD))
            .build(),
        DemoScenario.named("Application Passwords unavailable (plain http, production)")
            .auth(AuthStrategy.applicationPassword("itadmin", APP_PASSWORD))
            .request(ME)
            .replay("GET", "/wp-json/", "index.production-http")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.basic-valid.production-http")
            .replay(
                "GET",
                "/wp-json/wp/v2/users/me/application-passwords/introspect",
                "application-passwords.list.production-http")
            .doctor(d -> d.applicationPassword("itadmin", APP_PASSWORD))
            .build(),
        DemoScenario.named("External script sends a nonce without the cookies")
            .auth(HeaderAuth.of(Map.of("X-WP-Nonce", "0123456789")))
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.nonce-no-cookie.modphp")
            .build(),
        DemoScenario.named("Bearer token with no JWT plugin behind it")
            .auth(AuthStrategy.bearer("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"))
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/users/me", "users-me.bearer.modphp")
            .doctor(d -> d.bearer("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"))
            .build(),
        DemoScenario.named("Browser cookies next to valid Basic auth (Postman cookie jar)")
            .auth(
                HeaderAuth.of(
                    Map.of(
                        "Authorization",
                            "Basic aXRhZG1pbjpBYkNkIEVmR2ggSWpLbCBNbk9wIFFyU3QgVXZXeA==",
                        "Cookie", "wordpress_logged_in_0123=itadmin%7C1%7Cdemo")))
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay(
                "GET",
                "/wp-json/wp/v2/users/me",
                "users-me.cookie-no-nonce-plus-basic-valid.modphp")
            .build(),
        DemoScenario.named("Subscriber tries to create a post")
            .auth(AuthStrategy.applicationPassword("itsubscriber", APP_PASSWORD))
            .request(
                WpRequest.post("/wp/v2/posts", Map.of("title", "Hello", "status", "draft")).build())
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("POST", "/wp-json/wp/v2/posts", "posts.create.subscriber.modphp")
            .build(),
        DemoScenario.named("Route does not exist")
            .auth(AuthStrategy.applicationPassword("itadmin", APP_PASSWORD))
            .request(WpRequest.get("/wp/v2/no-such-route").build())
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/no-such-route", "route-unknown.modphp")
            .build(),
        DemoScenario.named("Site redirects to another origin")
            .auth(AuthStrategy.applicationPassword("itadmin", APP_PASSWORD))
            .request(ME)
            .replay("GET", "/wp-json/", "index.modphp")
            .replay("GET", "/wp-json/wp/v2/users/me", "redirect.get.users-me")
            .build());
  }
}
