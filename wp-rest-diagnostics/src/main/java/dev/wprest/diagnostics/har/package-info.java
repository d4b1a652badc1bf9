/**
 * Explains recorded WordPress REST calls offline: HAR files from browser devtools, Playwright or
 * Insomnia, and Postman collection exports. Start at {@link dev.wprest.diagnostics.har.HarFile};
 * every text made from a file is masked with {@link dev.wprest.diagnostics.har.HarFile#redact}.
 */
package dev.wprest.diagnostics.har;
