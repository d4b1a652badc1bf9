package dev.wprest.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wprest.client.WordPressClient;
import dev.wprest.client.model.Media;
import dev.wprest.client.model.MediaUpload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads streamed from a file and from a stream of known length, accepted by real WordPress. */
class StreamedUploadIT {
  private static final RealWordPress WP = RealWordPress.sites();

  private final WordPressClient admin = WP.client("modphp", WP.appPasswordAuth("admin")).build();

  @Test
  void aFileIsStreamedFromDiskAndStoredWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("streamed-from-disk.png");
    Files.write(file, png());

    Media media = admin.media().upload(MediaUpload.of(file));
    try {
      assertThat(media.mimeType()).isEqualTo("image/png");
      assertThat(media.mediaDetails().path("width").asInt()).isEqualTo(3);
    } finally {
      admin.media().delete(media.id(), true);
    }
  }

  @Test
  void aStreamOfKnownLengthIsStreamedAndStoredWhole() throws IOException {
    byte[] png = png();

    Media media;
    try (InputStream in = new ByteArrayInputStream(png)) {
      media = admin.media().upload(MediaUpload.of(in, png.length, "streamed.png"));
    }
    try {
      assertThat(media.mimeType()).isEqualTo("image/png");
      assertThat(media.mediaDetails().path("width").asInt()).isEqualTo(3);
    } finally {
      admin.media().delete(media.id(), true);
    }
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 3; x++) {
      image.setRGB(x, 0, Color.BLUE.getRGB());
      image.setRGB(x, 1, Color.BLUE.getRGB());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
