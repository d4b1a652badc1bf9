package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.Comment;
import dev.wprest.client.model.CommentFields;
import dev.wprest.client.model.CommentQuery;
import dev.wprest.client.model.Moderation;
import java.util.concurrent.CompletableFuture;

/**
 * Comments ({@code wp.comments()}): the collection operations plus moderation.
 *
 * <pre>{@code
 * ResultPage<Comment> held = wp.comments().list(CommentQuery.builder().status("hold").build());
 * wp.comments().moderate(held.items().get(0).id(), Moderation.APPROVE);
 * }</pre>
 */
public final class CommentService extends ResourceService<Comment, CommentFields, CommentQuery> {
  CommentService(ResourceCore core) {
    super(core, core.type(Comment.class), WalkOrder.COMMENTS);
  }

  /**
   * Approves, holds, marks as spam or trashes a comment (moderators only).
   *
   * @param id the comment
   * @param status the new state
   * @return the comment after the change
   */
  public Comment moderate(long id, Moderation status) {
    requireNonNull(status, "status == null");
    return update(id, CommentFields.builder().status(status).build());
  }

  /**
   * Moderates a comment, asynchronously.
   *
   * @param id the comment id
   * @param status the new status
   * @return the comment as stored
   */
  public CompletableFuture<Comment> moderateAsync(long id, Moderation status) {
    return core.client().async(() -> moderate(id, status));
  }
}
