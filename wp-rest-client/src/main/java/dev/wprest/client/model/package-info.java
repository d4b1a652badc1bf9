/**
 * The WordPress REST API's resources as Java values, and the requests that query and change them.
 *
 * <p>Models ({@link dev.wprest.client.model.Post}, {@link dev.wprest.client.model.User}, {@link
 * dev.wprest.client.model.Term}, ...) are immutable and bound by Jackson; fields WordPress or its
 * plugins add are ignored, and {@code meta}, {@code _links} and {@code _embedded} stay reachable as
 * JSON. Text that WordPress renders is a {@link dev.wprest.client.model.Rendered}: the HTML that
 * visitors see, plus the stored source under {@code context=edit}.
 *
 * <p>Dates follow WordPress: {@code date} is the site's local time without an offset, so it is a
 * {@link java.time.LocalDateTime}; {@code date_gmt} is UTC, so it is an {@link
 * java.time.OffsetDateTime} at {@link java.time.ZoneOffset#UTC}. Drafts may have no {@code
 * date_gmt}: such dates are empty {@link java.util.Optional}s.
 *
 * <p>Writes use builders that send only the fields set ({@link dev.wprest.client.model.PostFields},
 * ..., all over {@link dev.wprest.client.model.WriteFields}): an update changes what you name and
 * nothing else. Lists take the family's query ({@link dev.wprest.client.model.PostQuery}, {@link
 * dev.wprest.client.model.UserQuery}, ...) or the general {@link dev.wprest.client.model.Query},
 * all over {@link dev.wprest.client.model.BaseQuery}.
 */
package dev.wprest.client.model;
