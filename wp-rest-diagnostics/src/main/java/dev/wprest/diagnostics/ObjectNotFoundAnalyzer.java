package dev.wprest.diagnostics;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code 404 rest_post_invalid_id} ({@code WP_REST_Posts_Controller::get_post}) and the other
 * controllers' invalid-id codes: WordPress matched the route and found no object with that id, of
 * that type. A missing route is {@code rest_no_route}.
 */
final class ObjectNotFoundAnalyzer implements Analyzer {
  private static final Pattern INVALID_ID = Pattern.compile("rest_[a-z_]+_invalid_id");

  @Override
  public Optional<Diagnosis> analyze(FailureFacts f) {
    if (f.status != 404 || !f.wordPressAnswered() || !INVALID_ID.matcher(f.code).matches()) {
      return Optional.empty();
    }
    String route = f.route();
    String id = route.replaceAll("^.*/", "");
    String collection = route.replaceAll("/[^/]*$", "");
    return Optional.of(
        f.diagnosis(LikelyCause.OBJECT_NOT_FOUND)
            .confidence(Confidence.LIKELY)
            .summary(
                f.what()
                    + ": the route "
                    + collection
                    + "/<id> exists, and WordPress found no object "
                    + id
                    + " of this type there.")
            .firstCheck(
                "Check the id: GET "
                    + collection
                    + "?include="
                    + id
                    + "&status=any as a user who may edit them lists it if it exists in this"
                    + " collection; an id of another type (a page's id sent to /wp/v2/posts) or an"
                    + " object deleted for good is not there, a trashed one shows with"
                    + " status=trash.")
            .alternative(
                LikelyCause.ROUTE_NOT_FOUND,
                "only if a plugin answers missing routes with this code; core answers them"
                    + " rest_no_route.")
            .build());
  }
}
