package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.Context;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.PostOrderBy;
import dev.wprest.client.model.PostQuery;
import dev.wprest.client.model.Query;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Posts, pages, or the items of a custom post type ({@code wp.posts()}, {@code wp.pages()}, {@code
 * wp.postType("book")}, {@code wp.blocks()}): the collection operations plus revisions and
 * autosaves.
 *
 * <pre>{@code
 * Post draft = wp.posts().create(PostFields.builder().title("Hello").status(PostStatus.DRAFT).build());
 * wp.posts().update(draft.id(), PostFields.builder().status(PostStatus.PUBLISH).build());
 * wp.posts().delete(draft.id(), false);   // to the trash; true deletes for good
 * }</pre>
 */
public final class PostService extends ResourceService<Post, PostFields, PostQuery> {
  /** Every status but trash and auto-draft: what an upsert by slug must find. */
  private static final String READABLE_STATUSES = "publish,future,draft,pending,private";

  /** The code of a status refused to a user who may not edit posts. */
  private static final String STATUS_REFUSED = "rest_forbidden_status";

  /** The code of {@code context=edit} refused to a user who may not edit posts. */
  private static final String CONTEXT_REFUSED = "rest_forbidden_context";

  PostService(ResourceCore core) {
    super(core, core.type(Post.class), WalkOrder.POSTS);
  }

  /**
   * Every revision of an item, newest first (needs a user who may edit it).
   *
   * @param id the post or page id
   * @return the revisions
   */
  public List<Post> revisions(long id) {
    JavaType list = core.listOf(type);
    return core.send(ResourceCore.get(core.route(id) + "/revisions", Query.none()), list);
  }

  /**
   * One revision of an item.
   *
   * @param id the post or page id
   * @param revisionId the revision's id
   * @return the revision
   */
  public Post revision(long id, long revisionId) {
    return core.send(
        ResourceCore.get(core.route(id) + "/revisions/" + revisionId, Query.none()), type);
  }

  /**
   * Deletes a revision for good (revisions cannot be trashed). WordPress 6.1 refuses it for a
   * revision of a published post, even to an administrator ({@code 403 rest_cannot_delete}, thrown
   * as {@link ForbiddenException}).
   *
   * @param id the post or page id
   * @param revisionId the revision's id
   * @return the revision as it was
   */
  public Deleted<Post> deleteRevision(long id, long revisionId) {
    WpRequest request =
        WpRequest.delete(core.route(id) + "/revisions/" + revisionId)
            .query("force", "true")
            .build();
    return core.deleted(core.client().execute(request), type);
  }

  /**
   * Restores a revision: the item gets the revision's title, content and excerpt back, as
   * wp-admin's "Restore This Revision" does. WordPress has no REST route for this; the client reads
   * the revision with {@code context=edit} (its raw text) and updates the item with it, which makes
   * a new revision.
   *
   * @param id the post or page id
   * @param revisionId the revision to restore
   * @return the item as stored after the restore
   */
  public Post restoreRevision(long id, long revisionId) {
    Post revision =
        core.send(
            ResourceCore.get(
                core.route(id) + "/revisions/" + revisionId,
                Query.builder().context(Context.EDIT).build()),
            type);
    if (revision.parent().orElse(id) != id) {
      throw new IllegalArgumentException(
          "revision "
              + revisionId
              + " belongs to "
              + revision.parent().getAsLong()
              + ", not "
              + id);
    }
    PostFields.Builder fields = PostFields.builder();
    revision.title().raw().ifPresent(fields::title);
    revision.content().raw().ifPresent(fields::content);
    revision.excerpt().raw().ifPresent(fields::excerpt);
    return update(id, fields.build());
  }

  /**
   * The autosaves of an item: at most one per user, the author's own being the item itself for a
   * draft (WordPress then saves the draft instead of an autosave).
   *
   * @param id the post or page id
   * @return the autosaves
   */
  public List<Post> autosaves(long id) {
    JavaType list = core.listOf(type);
    return core.send(ResourceCore.get(core.route(id) + "/autosaves", Query.none()), list);
  }

  /**
   * One autosave of an item.
   *
   * @param id the post or page id
   * @param autosaveId the autosave's id
   * @return the autosave
   */
  public Post autosave(long id, long autosaveId) {
    return core.send(
        ResourceCore.get(core.route(id) + "/autosaves/" + autosaveId, Query.none()), type);
  }

  /**
   * Autosaves changes to an item, as the editor does every minute: for a published item (or another
   * user's draft) a revision-like autosave holding {@code title}, {@code content} and {@code
   * excerpt}, leaving the item itself unchanged; for the author's own draft, WordPress updates the
   * draft itself.
   *
   * @param id the post or page id
   * @param fields the changed fields
   * @return the autosave (or the draft) as stored
   */
  public Post createAutosave(long id, PostFields fields) {
    requireNonNull(fields, "fields == null");
    return core.send(WpRequest.post(core.route(id) + "/autosaves", fields).build(), type);
  }

  /**
   * The item with this slug in any status the credentials may read: published, scheduled ({@code
   * future}), draft, pending and private, read with {@code context=edit} (raw title and content).
   * {@code list(slug(...))} alone finds only published items, so an upsert built on it creates a
   * second item (slug {@code -2}) for every scheduled or draft one. Without credentials, or for a
   * user WordPress refuses the other statuses to (a subscriber: {@code 400 rest_invalid_param}
   * whose details say {@code rest_forbidden_status}; or {@code rest_forbidden_context}), only
   * published items are looked at. Drafts may share a slug (WordPress makes slugs unique only on
   * publish): the oldest is returned.
   *
   * @param slug the slug as WordPress stores it (lower case, dashes)
   * @return the item, if the credentials can see one
   */
  public Optional<Post> findBySlug(String slug) {
    requireNonNull(slug, "slug == null");
    if (slug.isBlank()) {
      throw new IllegalArgumentException("slug must not be blank: \"" + slug + "\"");
    }
    PostQuery published =
        PostQuery.builder()
            .slug(slug)
            .orderBy(PostOrderBy.ID)
            .order(Order.ASC)
            .perPage(100)
            .build();
    if (core.client().auth().sendsCredentials()) {
      PostQuery anyStatus =
          published.toBuilder().param("status", READABLE_STATUSES).context(Context.EDIT).build();
      try {
        return list(anyStatus).items().stream().findFirst();
      } catch (BadRequestException e) {
        // WordPress checks the statuses while it reads the parameters, before any permission:
        // 400 rest_invalid_param whose details name rest_forbidden_status for the status.
        if (!e.code().orElse("").equals("rest_invalid_param")
            || !e.data()
                .path("details")
                .path("status")
                .path("code")
                .asText()
                .equals(STATUS_REFUSED)) {
          throw e;
        }
      } catch (UnauthorizedException | ForbiddenException e) {
        // A user who may read other statuses but not the edit context (401 without an identity,
        // 403 with one).
        if (!e.code().orElse("").equals(CONTEXT_REFUSED)) {
          throw e;
        }
      }
    }
    return list(published).items().stream().findFirst();
  }

  /**
   * Updates the item with this slug ({@link #findBySlug(String)}: any status), or creates it with
   * this slug when there is none: run twice, it changes one item and never makes a second.
   *
   * @param slug the slug as WordPress stores it (lower case, dashes)
   * @param fields the fields to set; a {@code slug} among them must be this one
   * @return the item as stored, and whether it was created
   */
  public Upserted<Post> createOrUpdateBySlug(String slug, PostFields fields) {
    requireNonNull(fields, "fields == null");
    Object given = fields.fields().get("slug");
    if (given != null && !given.equals(slug)) {
      throw new IllegalArgumentException(
          "fields carry slug \"" + given + "\", not \"" + slug + "\"");
    }
    Optional<Post> existing = findBySlug(slug);
    if (existing.isPresent()) {
      return Upserted.updated(update(existing.get().id(), fields));
    }
    PostFields.Builder withSlug = PostFields.builder();
    fields.fields().forEach(withSlug::field);
    return Upserted.created(create(withSlug.slug(slug).build()));
  }

  /**
   * Every revision of an item, asynchronously.
   *
   * @param id the post or page id
   * @return the revisions
   */
  public CompletableFuture<List<Post>> revisionsAsync(long id) {
    return core.client().async(() -> revisions(id));
  }

  /**
   * One revision of an item, asynchronously.
   *
   * @param id the post or page id
   * @param revisionId the revision's id
   * @return the revision
   */
  public CompletableFuture<Post> revisionAsync(long id, long revisionId) {
    return core.client().async(() -> revision(id, revisionId));
  }

  /**
   * Deletes a revision for good, asynchronously.
   *
   * @param id the post or page id
   * @param revisionId the revision's id
   * @return the revision as it was
   */
  public CompletableFuture<Deleted<Post>> deleteRevisionAsync(long id, long revisionId) {
    return core.client().async(() -> deleteRevision(id, revisionId));
  }

  /**
   * Restores a revision, asynchronously (two requests, as {@link #restoreRevision(long, long)}).
   *
   * @param id the post or page id
   * @param revisionId the revision to restore
   * @return the item as stored after the restore
   */
  public CompletableFuture<Post> restoreRevisionAsync(long id, long revisionId) {
    return core.client().async(() -> restoreRevision(id, revisionId));
  }

  /**
   * The autosaves of an item, asynchronously.
   *
   * @param id the post or page id
   * @return the autosaves
   */
  public CompletableFuture<List<Post>> autosavesAsync(long id) {
    return core.client().async(() -> autosaves(id));
  }

  /**
   * One autosave of an item, asynchronously.
   *
   * @param id the post or page id
   * @param autosaveId the autosave's id
   * @return the autosave
   */
  public CompletableFuture<Post> autosaveAsync(long id, long autosaveId) {
    return core.client().async(() -> autosave(id, autosaveId));
  }

  /**
   * Autosaves changes to an item, asynchronously.
   *
   * @param id the post or page id
   * @param fields the changed fields
   * @return the autosave (or the draft) as stored
   */
  public CompletableFuture<Post> createAutosaveAsync(long id, PostFields fields) {
    return core.client().async(() -> createAutosave(id, fields));
  }

  /**
   * {@link #findBySlug(String)}, asynchronously.
   *
   * @param slug the slug as WordPress stores it (lower case, dashes)
   * @return the item, if the credentials can see one
   */
  public CompletableFuture<Optional<Post>> findBySlugAsync(String slug) {
    return core.client().async(() -> findBySlug(slug));
  }

  /**
   * {@link #createOrUpdateBySlug(String, PostFields)}, asynchronously.
   *
   * @param slug the slug as WordPress stores it (lower case, dashes)
   * @param fields the fields to set; a {@code slug} among them must be this one
   * @return the item as stored, and whether it was created
   */
  public CompletableFuture<Upserted<Post>> createOrUpdateBySlugAsync(
      String slug, PostFields fields) {
    return core.client().async(() -> createOrUpdateBySlug(slug, fields));
  }
}
