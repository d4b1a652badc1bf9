package dev.wprest.client;

import static java.util.Objects.requireNonNull;

import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.internal.WalkOrder;
import dev.wprest.client.model.Order;
import dev.wprest.client.model.Term;
import dev.wprest.client.model.TermFields;
import dev.wprest.client.model.TermOrderBy;
import dev.wprest.client.model.TermQuery;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The terms of a taxonomy ({@code wp.categories()}, {@code wp.tags()}, {@code wp.terms("genre")}):
 * the collection operations plus a lookup by name that works with the names WordPress escapes.
 *
 * <pre>{@code
 * Term rd = wp.categories().findOrCreate("R&D");       // found again on the next run
 * wp.posts().create(PostFields.builder().title("Hi").categories(rd.id()).build());
 * }</pre>
 *
 * <p>WordPress stores a term name HTML-escaped ({@code R&D} as {@code R&amp;D}) and compares names
 * in the database's collation (case- and accent-insensitive on most sites): comparing {@link
 * Term#name()} with your own name misses the term, and creating it again fails with {@code 400
 * term_exists}. {@link #findByName(String)} compares {@link Term#decodedName()}, and {@link
 * #findOrCreate(String)} also recovers the existing term from {@code term_exists}, whose {@code
 * data.term_id} names it.
 */
public final class TermService extends ResourceService<Term, TermFields, TermQuery> {
  private static final String TERM_EXISTS = "term_exists";

  TermService(ResourceCore core) {
    super(core, core.type(Term.class), WalkOrder.TERMS);
  }

  /**
   * The top-level term with this name, compared as text ({@link Term#decodedName()}, surrounding
   * white space ignored as WordPress trims it on save).
   *
   * @param name the name as a user typed it, e.g. {@code R&D}
   * @return the term, if there is one at the top level
   */
  public Optional<Term> findByName(String name) {
    return findByName(name, 0);
  }

  /**
   * The term with this name under {@code parent} (0: the top level; a taxonomy without hierarchy
   * has only the top level).
   *
   * @param name the name as a user typed it
   * @param parent the parent term's id, or 0
   * @return the term, if there is one
   */
  public Optional<Term> findByName(String name, long parent) {
    String wanted = checkName(name);
    // WordPress searches the stored (escaped) name with LIKE, so search it in that form; a site
    // has few terms of one name, and 100 (the most a page holds) of them are compared here.
    TermQuery search =
        TermQuery.builder()
            .search(Term.escapedName(wanted))
            .perPage(100)
            .orderBy(TermOrderBy.ID)
            .order(Order.ASC)
            .build();
    for (Term term : list(search).items()) {
      if (term.decodedName().trim().equals(wanted) && term.parent().orElse(0) == parent) {
        return Optional.of(term);
      }
    }
    return Optional.empty();
  }

  /**
   * The top-level term with this name, created when there is none. A term WordPress considers the
   * same (its comparison ignores case on most sites) is found through the {@code 400 term_exists}
   * that creating it answers, whose {@code data.term_id} names it.
   *
   * @param name the name as a user typed it, e.g. {@code R&D}
   * @return the existing or new term
   */
  public Term findOrCreate(String name) {
    return findOrCreate(name, 0);
  }

  /**
   * The term with this name under {@code parent}, created there when there is none.
   *
   * @param name the name as a user typed it
   * @param parent the parent term's id, or 0 for the top level (or a taxonomy without hierarchy)
   * @return the existing or new term
   */
  public Term findOrCreate(String name, long parent) {
    Optional<Term> found = findByName(name, parent);
    if (found.isPresent()) {
      return found.get();
    }
    TermFields.Builder fields = TermFields.builder().name(name.trim());
    if (parent != 0) {
      fields.parent(parent);
    }
    try {
      return create(fields.build());
    } catch (BadRequestException e) {
      // Created meanwhile, or a name WordPress's collation takes for this one ("news" = "News").
      long existing = e.data().path("term_id").asLong(0);
      if (!e.code().orElse("").equals(TERM_EXISTS) || existing <= 0) {
        throw e;
      }
      return get(existing);
    }
  }

  private static String checkName(String name) {
    requireNonNull(name, "name == null");
    String trimmed = name.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
    }
    return trimmed;
  }

  /**
   * {@link #findByName(String)}, asynchronously.
   *
   * @param name the name as a person writes it ({@code R&D}), not HTML-escaped
   * @return the term, if there is one
   */
  public CompletableFuture<Optional<Term>> findByNameAsync(String name) {
    return core.client().async(() -> findByName(name));
  }

  /**
   * {@link #findByName(String, long)}, asynchronously.
   *
   * @param name the name as a person writes it, not HTML-escaped
   * @param parent the parent term's id (0: top level)
   * @return the term, if there is one
   */
  public CompletableFuture<Optional<Term>> findByNameAsync(String name, long parent) {
    return core.client().async(() -> findByName(name, parent));
  }

  /**
   * {@link #findOrCreate(String)}, asynchronously.
   *
   * @param name the name as a person writes it, not HTML-escaped
   * @return the existing or the new term
   */
  public CompletableFuture<Term> findOrCreateAsync(String name) {
    return core.client().async(() -> findOrCreate(name));
  }

  /**
   * {@link #findOrCreate(String, long)}, asynchronously.
   *
   * @param name the name as a person writes it, not HTML-escaped
   * @param parent the parent term's id (0: top level)
   * @return the existing or the new term
   */
  public CompletableFuture<Term> findOrCreateAsync(String name, long parent) {
    return core.client().async(() -> findOrCreate(name, parent));
  }
}
