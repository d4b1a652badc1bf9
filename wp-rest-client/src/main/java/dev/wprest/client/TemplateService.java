package dev.wprest.client;

import dev.wprest.client.internal.NamedItems;
import dev.wprest.client.internal.ResourceCore;
import dev.wprest.client.model.Deleted;
import dev.wprest.client.model.Query;
import dev.wprest.client.model.Template;
import dev.wprest.client.model.TemplateFields;
import dev.wprest.client.model.TemplateQuery;
import java.util.List;

/**
 * A block theme's templates ({@code wp.templates()}) or template parts ({@code
 * wp.templateParts()}); needs {@code edit_theme_options}. Ids are {@code theme//slug}.
 *
 * <pre>{@code
 * Template home = wp.templates().get("twentytwentythree//home");
 * Template mine = wp.templates().create(TemplateFields.builder().slug("landing")
 *     .title("Landing").content("<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->").build());
 * wp.templates().delete(mine.id());
 * }</pre>
 *
 * <p>Saving a theme's template ({@code update}) stores a customised copy in the database ({@code
 * source} becomes {@code custom}); deleting that copy reverts to the theme's file.
 */
public final class TemplateService {
  private final NamedItems<Template> items;

  TemplateService(ResourceCore core) {
    this.items = new NamedItems<>(core, Template.class);
  }

  /**
   * Every template of the active theme, from its files and the database.
   *
   * @return the templates
   */
  public List<Template> list() {
    return items.list(Query.none());
  }

  /**
   * The templates matching a query.
   *
   * @param query e.g. {@code TemplateQuery.builder().area("header").build()}
   * @return the templates
   */
  public List<Template> list(TemplateQuery query) {
    return items.list(query);
  }

  /**
   * One template.
   *
   * @param id {@code theme//slug}, e.g. {@code twentytwentythree//home}
   * @return the template
   */
  public Template get(String id) {
    return items.get(id, Query.none());
  }

  /**
   * Creates a template in the database, for the active theme.
   *
   * @param fields at least {@code slug}
   * @return the template as stored
   */
  public Template create(TemplateFields fields) {
    return items.create(fields);
  }

  /**
   * Changes a template: a theme file's template becomes a customised copy.
   *
   * @param id {@code theme//slug}
   * @param fields what to change
   * @return the template as stored
   */
  public Template update(String id, TemplateFields fields) {
    return items.update(id, fields);
  }

  /**
   * Deletes a template saved in the database for good (templates cannot be trashed); a theme file's
   * template is then served again.
   *
   * @param id {@code theme//slug}
   * @return the template as it was
   */
  public Deleted<Template> delete(String id) {
    return items.delete(id, true);
  }

  @Override
  public String toString() {
    return "TemplateService{" + items + "}";
  }
}
