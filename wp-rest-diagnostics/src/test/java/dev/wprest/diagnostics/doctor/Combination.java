package dev.wprest.diagnostics.doctor;

import dev.wprest.diagnostics.doctor.CombiLayers.Credential;
import dev.wprest.diagnostics.doctor.CombiLayers.Front;
import dev.wprest.diagnostics.doctor.CombiLayers.Plugin;
import dev.wprest.diagnostics.doctor.CombiLayers.Server;
import java.util.Objects;

/** One combination: a site of the combinatorial harness and the credential sent to it. */
final class Combination {
  final String version;
  final Server server;
  final Front front;
  final Plugin plugin;
  final Credential credential;

  Combination(String version, Server server, Front front, Plugin plugin, Credential credential) {
    this.version = Objects.requireNonNull(version, "version == null");
    this.server = Objects.requireNonNull(server, "server == null");
    this.front = Objects.requireNonNull(front, "front == null");
    this.plugin = Objects.requireNonNull(plugin, "plugin == null");
    this.credential = Objects.requireNonNull(credential, "credential == null");
  }

  /** The site: everything but the credential, e.g. {@code 61/fpm/proxy/force-login}. */
  String site() {
    return version + "/" + server.id + "/" + front.id + "/" + plugin.id;
  }

  /** The whole combination, e.g. {@code 61/fpm/proxy/force-login/wrong}. */
  String id() {
    return site() + "/" + credential.id;
  }

  /**
   * Parses {@link #id()}.
   *
   * @param id e.g. {@code 61/nginx/direct/none/right}
   * @return the combination
   */
  static Combination parse(String id) {
    String[] p = id.split("/", -1);
    if (p.length != 5) {
      throw new IllegalArgumentException("not a combination id: " + id);
    }
    return new Combination(
        p[0],
        CombiLayers.byId(Server.class, p[1]),
        CombiLayers.byId(Front.class, p[2]),
        CombiLayers.byId(Plugin.class, p[3]),
        CombiLayers.byId(Credential.class, p[4]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Combination && ((Combination) o).id().equals(id());
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return id();
  }
}
