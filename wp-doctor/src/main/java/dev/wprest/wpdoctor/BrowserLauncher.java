package dev.wprest.wpdoctor;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.function.Predicate;

/**
 * Opens a URL in the user's browser where there is a desktop to open it on; elsewhere (a server,
 * CI, an SSH session, {@code -Djava.awt.headless=true}) does nothing and says so, so that the
 * caller prints the URL for the user to open.
 */
final class BrowserLauncher implements Predicate<URI> {

  /**
   * Tries to open the URL.
   *
   * @return true if a browser was asked to open it
   */
  @Override
  public boolean test(URI url) {
    // Checked first, so that a headless machine never initialises the desktop toolkit.
    if (GraphicsEnvironment.isHeadless()) {
      return false;
    }
    try {
      if (!Desktop.isDesktopSupported()) {
        return false;
      }
      Desktop desktop = Desktop.getDesktop();
      if (!desktop.isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      desktop.browse(url);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // HeadlessException is an UnsupportedOperationException.
      return false;
    }
  }
}
