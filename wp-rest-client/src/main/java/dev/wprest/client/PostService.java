package dev.wprest.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Post;
import dev.wprest.client.model.PostFields;
import dev.wprest.client.model.Query;
import java.util.List;

/**
 * Posts, pages, or the items of a custom post type ({@code wp.posts()}, {@code wp.pages()}, {@code
 * wp.postType("book")}): the collection operations plus revisions.
 *
 * <pre>{@code
 * Post draft = wp.posts().create(PostFields.builder().title("Hello").status("draft").build());
 * wp.posts().update(draft.id(), PostFields.builder().status("publish").build());
 * wp.posts().delete(draft.id(), false);   // to the trash; true deletes for good
 * }</pre>
 */
public final class PostService extends ResourceService<Post, PostFields> {
  PostService(ResourceCore core) {
    super(core, core.type(Post.class));
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
}
