package dev.wprest.wpdoctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Why a file named on the command line cannot be read, in the words a user can act on. */
final class InputFiles {
  private InputFiles() {}

  /**
   * The problem with {@code file}, if any.
   *
   * @return e.g. "does not exist", "is a directory, not a file"
   */
  static Optional<String> problem(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("is a directory, not a file");
    }
    if (!Files.exists(file)) {
      Path parent = file.toAbsolutePath().getParent();
      return Optional.of(
          parent != null && !Files.isDirectory(parent)
              ? "does not exist (nor does its folder)"
              : "does not exist");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("is not a regular file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("cannot be read (permission denied)");
    }
    return Optional.empty();
  }
}
