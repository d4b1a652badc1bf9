package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.User;
import dev.wprest.client.model.UserFields;
import dev.wprest.client.model.UserQuery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Users ({@code wp.users()}): the signed-in user, list, get, create, update and delete with the
 * reassignment of their content that WordPress requires.
 *
 * <pre>{@code
 * User me = wp.users().me(Context.EDIT);   // with e-mail, roles and capabilities
 * wp.users().delete(42, me.id());          // 42's posts go to me
 * }</pre>
 */
public final class UserService extends ResourceService<User, UserFields, UserQuery> {
  UserService(ResourceCore core) {
    super(core, core.type(User.class), WalkOrder.USERS);
  }

  /**
   * The user the credentials belong to ({@code /wp/v2/users/me}).
   *
   * @return the user, public fields only
   * @throws UnauthorizedException when no credentials were accepted
   */
  public User me() {
    return me(Context.VIEW);
  }

  /**
   * The user the credentials belong to, in a given context: {@link Context#EDIT} adds the e-mail,
   * roles and capabilities.
   *
   * @param context the context
   * @return the user
   */
  public User me(Context context) {
    return me(context, RequestOptions.none());
  }

  /**
   * The user the credentials belong to, with options for this call.
   *
   * @param context the context
   * @param options this call's timeout and extra headers
   * @return the user
   */
  public User me(Context context, RequestOptions options) {
    requireNonNull(context, "context == null");
    requireNonNull(options, "options == null");
    Query query = context == Context.VIEW ? Query.none() : Query.builder().context(context).build();
    return core.send(options.applyTo(ResourceCore.get(core.route("me"), query)), type);
  }

  /**
   * Creates a user; WordPress needs {@code username}, {@code email} and {@code password}.
   *
   * @param fields the user's fields
   * @return the new user (in {@code context=edit})
   * @throws IllegalArgumentException when a required field is missing, before anything is sent
   */
  @Override
  public User create(UserFields fields) {
    return create(fields, RequestOptions.none());
  }

  /**
   * Creates a user, with options for this call; WordPress needs {@code username}, {@code email} and
   * {@code password}.
   *
   * @param fields the user's fields
   * @param options this call's timeout and extra headers
   * @return the new user (in {@code context=edit})
   * @throws IllegalArgumentException when a required field is missing, before anything is sent
   */
  @Override
  public User create(UserFields fields, RequestOptions options) {
    requireNonNull(fields, "fields == null");
    List<String> missing =
        Stream.of("username", "email", "password")
            .filter(f -> !fields.fields().containsKey(f))
            .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "a new user needs username, email and password: missing " + missing);
    }
    return super.create(fields, options);
  }

  /**
   * Deletes a user for good and gives their posts and links to another user. WordPress cannot trash
   * users and refuses a delete without {@code reassign}.
   *
   * @param id the user to delete
   * @param reassignTo the user who receives their content
   * @return the deleted user as they were
   */
  public Deleted<User> delete(long id, long reassignTo) {
    return delete(id, reassignTo, RequestOptions.none());
  }

  /**
   * Deletes a user for good and gives their content to another user, with options for this call.
   *
   * @param id the user to delete
   * @param reassignTo the user who receives their content
   * @param options this call's timeout and extra headers
   * @return the deleted user as they were
   */
  public Deleted<User> delete(long id, long reassignTo, RequestOptions options) {
    requireNonNull(options, "options == null");
    WpRequest request =
        WpRequest.delete(core.route(id))
            .query("force", "true")
            .query("reassign", reassignTo)
            .build();
    return core.deleted(core.client().execute(options.applyTo(request)), type);
  }

  /**
   * Deletes a user for good without reassigning: their posts are deleted with them.
   *
   * @param id the user to delete
   * @param force must be true: users cannot be trashed
   * @return the deleted user as they were
   * @throws IllegalArgumentException when {@code force} is false
   */
  @Override
  public Deleted<User> delete(long id, boolean force) {
    return delete(id, force, RequestOptions.none());
  }

  /**
   * Deletes a user for good without reassigning, with options for this call.
   *
   * @param id the user to delete
   * @param force must be true: users cannot be trashed
   * @param options this call's timeout and extra headers
   * @return the deleted user as they were
   * @throws IllegalArgumentException when {@code force} is false
   */
  @Override
  public Deleted<User> delete(long id, boolean force, RequestOptions options) {
    requireNonNull(options, "options == null");
    if (!force) {
      throw new IllegalArgumentException(
          "users cannot be trashed: delete(id, true) deletes their posts too,"
              + " delete(id, reassignTo) keeps them");
    }
    WpRequest request =
        WpRequest.delete(core.route(id)).query("force", "true").query("reassign", "false").build();
    return core.deleted(core.client().execute(options.applyTo(request)), type);
  }

  /**
   * The signed-in user, asynchronously.
   *
   * @return the user
   */
  public CompletableFuture<User> meAsync() {
    return core.client().async(() -> me());
  }

  /**
   * The signed-in user in a context, asynchronously.
   *
   * @param context the representation
   * @return the user
   */
  public CompletableFuture<User> meAsync(Context context) {
    return core.client().async(() -> me(context));
  }

  /**
   * The signed-in user, asynchronously, with options for this call.
   *
   * @param context the representation
   * @param options this call's timeout and extra headers
   * @return the user
   */
  public CompletableFuture<User> meAsync(Context context, RequestOptions options) {
    return core.client().async(() -> me(context, options));
  }

  /**
   * Deletes a user and hands their posts over, asynchronously.
   *
   * @param id the user id
   * @param reassignTo who gets the user's posts
   * @return the user as it was
   */
  public CompletableFuture<Deleted<User>> deleteAsync(long id, long reassignTo) {
    return core.client().async(() -> delete(id, reassignTo));
  }

  /**
   * Deletes a user and hands their posts over, asynchronously, with options for this call.
   *
   * @param id the user id
   * @param reassignTo who gets the user's posts
   * @param options this call's timeout and extra headers
   * @return the user as it was
   */
  public CompletableFuture<Deleted<User>> deleteAsync(
      long id, long reassignTo, RequestOptions options) {
    return core.client().async(() -> delete(id, reassignTo, options));
  }
}
