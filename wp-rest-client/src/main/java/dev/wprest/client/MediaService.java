package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ContentDisposition;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.StreamedBody;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaFields;
import dev.wprest.client.model.MediaQuery;
import dev.wprest.client.model.MediaUpload;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The media library ({@code wp.media()}): upload files, change their title, caption and alt text,
 * list, get and delete them. Media cannot be trashed: delete with {@code force=true}.
 *
 * <p>An upload that answers 5xx with {@code X-WP-Upload-Attachment-Id} did store the file:
 * WordPress failed afterwards, typically while making the image's smaller sizes (memory, time
 * limit). Sending it again would make a duplicate, so {@link #upload(MediaUpload)} asks WordPress
 * to finish the stored one instead ({@code POST /wp/v2/media/{id}/post-process}, {@code
 * action=create-image-subsizes}), as the block editor does.
 */
public final class MediaService extends ResourceService<Media, MediaFields, MediaQuery> {
  static final String ATTACHMENT_ID_HEADER = "X-WP-Upload-Attachment-Id";

  MediaService(ResourceCore core) {
    super(core, core.type(Media.class), WalkOrder.POSTS);
  }

  /**
   * Uploads a file from disk, with its name and a type guessed from it.
   *
   * @param file the file
   * @return the new attachment
   */
  public Media upload(Path file) {
    return upload(MediaUpload.of(file));
  }

  /**
   * Uploads a file: {@code Content-Type} from the upload, {@code Content-Disposition: attachment;
   * filename="..."} (with RFC 5987 {@code filename*} for non-ASCII names), fields as parameters.
   *
   * @param upload the file and its fields
   * @return the new attachment
   * @throws WordPressApiException when WordPress refuses the file (type not allowed, too large, no
   *     permission) or fails without having stored it
   */
  public Media upload(MediaUpload upload) {
    return upload(upload, RequestOptions.none());
  }

  /**
   * Uploads a file, with options for this call; they go with the recovery's requests too.
   *
   * @param upload the file and its fields
   * @param options this call's timeout and extra headers
   * @return the new attachment
   * @throws WordPressApiException when WordPress refuses the file (type not allowed, too large, no
   *     permission) or fails without having stored it
   */
  public Media upload(MediaUpload upload, RequestOptions options) {
    requireNonNull(upload, "upload == null");
    requireNonNull(options, "options == null");
    try {
      return core.send(options.applyTo(uploadRequest(upload)), type);
    } catch (RuntimeException e) {
      return recover(e, upload, options);
    }
  }

  /**
   * Uploads a file asynchronously, with the same recovery as {@link #upload(MediaUpload)}.
   *
   * @param upload the file and its fields
   * @return the new attachment
   */
  public CompletableFuture<Media> uploadAsync(MediaUpload upload) {
    requireNonNull(upload, "upload == null");
    return core.client()
        .executeAsync(uploadRequest(upload))
        .handle(
            (response, failure) -> {
              if (failure == null) {
                return core.<Media>bind(response, type);
              }
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              if (cause instanceof RuntimeException) {
                return recover((RuntimeException) cause, upload, RequestOptions.none());
              }
              throw new CompletionException(cause);
            });
  }

  private Media recover(RuntimeException failure, MediaUpload upload, RequestOptions options) {
    Optional<Long> stored = storedAttachment(failure);
    if (stored.isEmpty()) {
      throw failure;
    }
    Media finished = postProcess(stored.get(), options);
    return upload.fields().fields().isEmpty()
        ? finished
        : update(finished.id(), upload.fields(), options);
  }

  /**
   * Finishes an attachment whose upload failed after the file was stored: WordPress generates the
   * image sizes it did not get to.
   *
   * @param id the attachment id from {@code X-WP-Upload-Attachment-Id}
   * @return the attachment
   */
  public Media postProcess(long id) {
    return postProcess(id, RequestOptions.none());
  }

  private Media postProcess(long id, RequestOptions options) {
    return core.send(
        options.applyTo(
            WpRequest.post(
                    core.route(id) + "/post-process", Map.of("action", "create-image-subsizes"))
                .build()),
        type);
  }

  /**
   * Not possible: WordPress creates media only from an uploaded file.
   *
   * @param fields ignored
   * @return never
   * @throws UnsupportedOperationException always; use {@link #upload(MediaUpload)}
   */
  @Override
  public Media create(MediaFields fields) {
    return create(fields, RequestOptions.none());
  }

  /**
   * Not possible: WordPress creates media only from an uploaded file.
   *
   * @param fields ignored
   * @param options ignored
   * @return never
   * @throws UnsupportedOperationException always; use {@link #upload(MediaUpload, RequestOptions)}
   */
  @Override
  public Media create(MediaFields fields, RequestOptions options) {
    throw new UnsupportedOperationException(
        "media are created by uploading a file: use upload(MediaUpload.of(...).withFields(fields))");
  }

  /**
   * Not possible: WordPress creates media only from an uploaded file.
   *
   * @param fields ignored
   * @return never
   * @throws UnsupportedOperationException always; use {@link #uploadAsync(MediaUpload)}
   */
  @Override
  public CompletableFuture<Media> createAsync(MediaFields fields) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException(
            "media are created by uploading a file: use uploadAsync(MediaUpload)"));
  }

  private WpRequest uploadRequest(MediaUpload upload) {
    WpRequest.Builder b =
        WpRequest.builder(HttpMethod.POST, core.route())
            .body(
                new StreamedBody(upload::openStream, upload.length(), upload.repeatable()),
                upload.contentType())
            .header("Content-Disposition", ContentDisposition.attachment(upload.filename()));
    // WordPress reads fields from the query as well as the body; the body is the file.
    upload.fields().fields().forEach((name, value) -> b.query(name, value));
    return b.build();
  }

  /** The attachment a failed upload left behind: only a 5xx carries the header. */
  private static Optional<Long> storedAttachment(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof WordPressApiException && ((WordPressApiException) t).status() >= 500) {
        Optional<String> id = ((WordPressApiException) t).exchange().header(ATTACHMENT_ID_HEADER);
        if (id.isPresent() && id.get().strip().matches("[1-9][0-9]{0,18}")) {
          return Optional.of(Long.parseLong(id.get().strip()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Uploads a file, asynchronously.
   *
   * @param file the file
   * @return the media item
   */
  public CompletableFuture<Media> uploadAsync(Path file) {
    return core.client().async(() -> upload(file));
  }

  /**
   * Uploads, asynchronously, with options for this call.
   *
   * @param upload the upload
   * @param options this call's timeout and extra headers
   * @return the media item
   */
  public CompletableFuture<Media> uploadAsync(MediaUpload upload, RequestOptions options) {
    return core.client().async(() -> upload(upload, options));
  }

  /**
   * Finishes an attachment whose upload failed after the file was stored, asynchronously.
   *
   * @param id the media item's id
   * @return the media item
   */
  public CompletableFuture<Media> postProcessAsync(long id) {
    return core.client().async(() -> postProcess(id));
  }
}
