/**
 * Implementation details shared by the wp-rest modules. Not API: anything here may change in any
 * release without notice.
 */
package dev.wprest.client.internal;
