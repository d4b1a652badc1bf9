package dev.wprest.wpdoctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project's version, written into the jar by the build, and the JVM's. */
final class DoctorVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "wp-doctor " + projectVersion(),
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + ", "
          + System.getProperty("java.vm.name")
          + ")"
    };
  }

  static String projectVersion() {
    Properties p = new Properties();
    try (InputStream in = DoctorVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }
}
