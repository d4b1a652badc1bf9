/**
 * WordPress's Application Password authorization flow: instead of asking a user to create an
 * Application Password in wp-admin and paste it somewhere, send them to the site's authorization
 * page, where they approve the request in their browser, and receive the new password on a loopback
 * callback.
 *
 * <pre>{@code
 * try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
 *   URI url =
 *       AuthorizationRequest.builder("My importer")
 *           .appId(MY_APP_ID)
 *           .callbacks(receiver)
 *           .build()
 *           .uriFor(client.siteInfo()); // AuthorizationUnavailableException if not offered
 *   System.out.println("Approve the request at " + url);
 *   AuthorizationResult result = receiver.await(Duration.ofMinutes(5));
 *   if (result.approved().isPresent()) {
 *     AuthStrategy auth = result.approved().get().credential();
 *   }
 * }
 * }</pre>
 *
 * <p>WordPress accepts an {@code http://} callback, such as the loopback receiver's, only from a
 * site whose {@code WP_ENVIRONMENT_TYPE} is {@code local} (since 6.2; the 6.1.9 security release
 * carries the same check; older versions refuse every {@code http://} callback). Any other site
 * refuses the request with "The URL must be served over a secure connection." There, {@link
 * dev.wprest.client.authorize.PasteFlow} leaves the callbacks out: WordPress then shows the new
 * password on the page, and the user pastes it. {@link dev.wprest.client.authorize.PathChoice}
 * chooses between the two from what the site answered.
 */
package dev.wprest.client.authorize;
