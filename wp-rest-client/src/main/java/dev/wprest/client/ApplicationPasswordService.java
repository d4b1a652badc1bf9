package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.ApplicationPassword;
import dev.wprest.client.model.NewApplicationPassword;
import dev.wprest.client.model.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * A user's Application Passwords ({@code wp.applicationPasswords("me")} or {@code
 * wp.applicationPasswords("42")}): enough for an integration to rotate its own credential.
 *
 * <pre>{@code
 * ApplicationPassword old = wp.applicationPasswords("me").current();
 * NewApplicationPassword fresh = wp.applicationPasswords("me").create("my-integration");
 * store(fresh.password());                          // shown once; masked in toString()
 * WordPressClient next = WordPressClient.builder().baseUrl(site)
 *     .auth(AuthStrategy.applicationPassword(user, fresh.password())).build();
 * next.applicationPasswords("me").delete(old.uuid());
 * }</pre>
 */
public final class ApplicationPasswordService {
  private static final Pattern UUID_SHAPE = Pattern.compile("[0-9A-Fa-f-]{1,64}");

  private final ResourceCore core;
  private final JavaType type;

  ApplicationPasswordService(ResourceCore core) {
    this.core = core;
    this.type = core.type(ApplicationPassword.class);
  }

  /**
   * The user's Application Passwords (names and usage; never the passwords).
   *
   * @return the passwords
   */
  public List<ApplicationPassword> list() {
    return core.send(ResourceCore.get(core.route(), Query.none()), core.listOf(type));
  }

  /**
   * The user's Application Passwords, asynchronously.
   *
   * @return the passwords
   */
  public CompletableFuture<List<ApplicationPassword>> listAsync() {
    return core.sendAsync(ResourceCore.get(core.route(), Query.none()), core.listOf(type));
  }

  /**
   * One Application Password.
   *
   * @param uuid its uuid
   * @return the password's details
   */
  public ApplicationPassword get(String uuid) {
    return core.send(ResourceCore.get(core.route(checked(uuid)), Query.none()), type);
  }

  /**
   * The Application Password this client is authenticated with ({@code .../introspect}): the one to
   * delete after rotating. Only for the signed-in user's own passwords.
   *
   * @return the password in use
   * @throws WordPressApiException when the client does not use an Application Password
   */
  public ApplicationPassword current() {
    return core.send(ResourceCore.get(core.route("introspect"), Query.none()), type);
  }

  /**
   * Creates an Application Password.
   *
   * @param name the name shown in the user's profile
   * @return the new password, with its plaintext (shown this once)
   */
  public NewApplicationPassword create(String name) {
    return core.send(createRequest(name, null), core.type(NewApplicationPassword.class));
  }

  /**
   * Creates an Application Password tied to an application's own UUID.
   *
   * @param name the name shown in the user's profile
   * @param appId the application's UUID
   * @return the new password, with its plaintext (shown this once)
   */
  public NewApplicationPassword create(String name, String appId) {
    requireNonNull(appId, "appId == null");
    return core.send(createRequest(name, appId), core.type(NewApplicationPassword.class));
  }

  /**
   * Creates an Application Password asynchronously.
   *
   * @param name the name shown in the user's profile
   * @return the new password
   */
  public CompletableFuture<NewApplicationPassword> createAsync(String name) {
    return core.sendAsync(createRequest(name, null), core.type(NewApplicationPassword.class));
  }

  /**
   * Revokes one Application Password: requests with it fail from now on.
   *
   * @param uuid its uuid
   * @return the revoked password's details
   */
  public ApplicationPassword delete(String uuid) {
    WpResponse response =
        core.client().execute(WpRequest.delete(core.route(checked(uuid))).build());
    return core.convert(response, response.json().path("previous"), type);
  }

  /**
   * Revokes every Application Password of the user, including the one this client may use.
   *
   * @return how many were revoked
   */
  public long deleteAll() {
    return core.client().json(WpRequest.delete(core.route()).build()).path("count").asLong();
  }

  private WpRequest createRequest(String name, String appId) {
    requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put("name", name);
    if (appId != null) {
      body.put("app_id", appId);
    }
    return WpRequest.post(core.route(), body).build();
  }

  private static String checked(String uuid) {
    requireNonNull(uuid, "uuid == null");
    if (!UUID_SHAPE.matcher(uuid).matches()) {
      throw new IllegalArgumentException("not an Application Password uuid: " + uuid);
    }
    return uuid;
  }

  /**
   * One Application Password, asynchronously.
   *
   * @param uuid the password's uuid
   * @return its description (never the password)
   */
  public CompletableFuture<ApplicationPassword> getAsync(String uuid) {
    return core.client().async(() -> get(uuid));
  }

  /**
   * The Application Password this call is signed with, asynchronously.
   *
   * @return its description
   */
  public CompletableFuture<ApplicationPassword> currentAsync() {
    return core.client().async(() -> current());
  }

  /**
   * Creates an Application Password for an application, asynchronously.
   *
   * @param name the password's name
   * @param appId the application's uuid
   * @return the new password, shown once
   */
  public CompletableFuture<NewApplicationPassword> createAsync(String name, String appId) {
    return core.client().async(() -> create(name, appId));
  }

  /**
   * Revokes an Application Password, asynchronously.
   *
   * @param uuid the password's uuid
   * @return what was revoked
   */
  public CompletableFuture<ApplicationPassword> deleteAsync(String uuid) {
    return core.client().async(() -> delete(uuid));
  }

  /**
   * Revokes every Application Password of the user, asynchronously.
   *
   * @return how many were revoked
   */
  public CompletableFuture<Long> deleteAllAsync() {
    return core.client().async(() -> deleteAll());
  }

  @Override
  public String toString() {
    return "ApplicationPasswordService{" + core.describe() + "}";
  }
}
