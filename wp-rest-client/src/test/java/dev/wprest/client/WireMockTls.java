package dev.wprest.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to WireMock's https port under the client's real checks: a self-signed certificate for {@code
 * localhost} and {@code 127.0.0.1} (WireMock's bundled one names no host, so the JDK's hostname
 * check refuses it), made once per JVM with the JDK's {@code keytool}, and a context that trusts
 * exactly it.
 */
final class WireMockTls {
  private static final String PASSWORD = "wiremock-test";
  private static Path keystore;

  private WireMockTls() {}

  /** WireMock on dynamic http and https ports, https serving the certificate for localhost. */
  static WireMockConfiguration httpsConfig() {
    return wireMockConfig()
        .dynamicPort()
        .dynamicHttpsPort()
        // Slow answers hold a server thread each until they end, whatever the client does.
        .containerThreads(40)
        .keystorePath(keystore().toString())
        .keystoreType("PKCS12")
        .keystorePassword(PASSWORD)
        .keyManagerPassword(PASSWORD);
  }

  /** Trusts the certificate of {@link #httpsConfig()} and nothing else. */
  static SSLContext trusting() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore())) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  private static synchronized Path keystore() {
    if (keystore == null) {
      try {
        Path dir = Files.createTempDirectory("wiremock-tls");
        Path file = dir.resolve("localhost.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p =
            new ProcessBuilder(
                    List.of(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "localhost",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD))
                .redirectErrorStream(true)
                .start();
        String out =
            new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IllegalStateException("keytool failed: " + out);
        }
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        keystore = file;
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return keystore;
  }
}
