package dev.wprest.client.internal;

import dev.wprest.client.SiteInfo;
import dev.wprest.client.WordPressException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where a client's failure becomes the exception its caller sees: the site learned so
 * far is attached as evidence, then the builder's failure translator (e.g. the diagnostics module)
 * gets its chance. Every call method of the client, and every binding of a service, goes through
 * here, so a translator sees each failure exactly once.
 */
public final class FailureTranslation {
  private final Function<WordPressException, ? extends RuntimeException> translator;
  private final SiteResolver sites;

  /**
   * The translation of one client.
   *
   * @param translator the builder's translator; null for none
   * @param sites what the client knows of its site
   */
  public FailureTranslation(
      Function<WordPressException, ? extends RuntimeException> translator, SiteResolver sites) {
    this.translator = translator;
    this.sites = sites;
  }

  /**
   * The exception to throw for a failure; never throws itself.
   *
   * @param failure the client's failure
   * @return the translator's exception, or the failure itself
   */
  public RuntimeException translate(WordPressException failure) {
    sites.known().ifPresent(site -> ApiAccess.get().attachSite(failure, site));
    if (translator == null) {
      return failure;
    }
    try {
      RuntimeException translated = translator.apply(failure);
      // A translator that has nothing to say must not turn the failure into a NullPointerException.
      return translated == null ? failure : translated;
    } catch (RuntimeException translatorFailed) {
      // A broken translator must not hide the failure it was given: keep that one, note the other.
      failure.addSuppressed(translatorFailed);
      return failure;
    }
  }

  /**
   * Runs one step of a call (discovery, binding a body), translating its failure.
   *
   * @param step the step
   * @param <T> what it gives
   * @return what it gave
   */
  public <T> T run(Supplier<T> step) {
    try {
      return step.get();
    } catch (WordPressException e) {
      throw translate(e);
    }
  }

  /**
   * What is known of the site; discovers it first when nothing is, translating a failure.
   *
   * @return the site information
   */
  public SiteInfo site() {
    return run(sites::site);
  }
}
