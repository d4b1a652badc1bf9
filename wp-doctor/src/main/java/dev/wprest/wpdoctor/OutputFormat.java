package dev.wprest.wpdoctor;

/** How {@code wp-doctor check} prints its report. */
enum OutputFormat {
  /** For a person at a terminal. */
  TEXT,
  /** One JSON object for tools. */
  JSON,
  /** For a forum post or a GitHub issue. */
  MARKDOWN
}
