/**
 * The client's engine (transport, discovery, error mapping, route resolution, reading bodies) and
 * the details the wp-rest modules share. Not API: exported only to the project's own modules, and
 * anything here may change in any release without notice. The engine reaches what the API package
 * keeps package-private through {@link dev.wprest.client.internal.ApiAccess}.
 */
package dev.wprest.client.internal;
