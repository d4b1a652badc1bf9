package dev.wprest.examples.recipes;

import dev.wprest.client.AuthStrategy;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.ApplicationPassword;
import dev.wprest.client.model.NewApplicationPassword;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Recipe: replace the Application Password this program runs with by a new one, and revoke the old
 * one only after the new one is proven to work. The new password goes to the file named by the only
 * argument (created owner-readable only), never to the console.
 */
public final class RotateApplicationPassword {
  private RotateApplicationPassword() {}

  /**
   * Runs the recipe.
   *
   * @param args the file to write the new password to; it must not exist yet
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RotateApplicationPassword <new-password-file>");
      System.exit(2);
    }
    WordPressClient wp = RecipeSite.client();
    ApplicationPassword old = wp.applicationPasswords("me").current();
    NewApplicationPassword fresh = wp.applicationPasswords("me").create(old.name() + " (rotated)");
    save(Paths.get(args[0]), fresh.password());

    WordPressClient next =
        WordPressClient.builder()
            .baseUrl(RecipeSite.env("WP_BASE_URL"))
            .auth(AuthStrategy.applicationPassword(RecipeSite.env("WP_USER"), fresh.password()))
            .build();
    long userId = next.users().me().id(); // proves the new password before the old one goes
    next.applicationPasswords("me").delete(old.uuid());
    System.out.println(
        "user "
            + userId
            + ": revoked "
            + old.uuid()
            + ", now using "
            + fresh.uuid()
            + " ("
            + fresh
            + ")");
  }

  private static void save(Path file, String password) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.write(
        file,
        (password + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
