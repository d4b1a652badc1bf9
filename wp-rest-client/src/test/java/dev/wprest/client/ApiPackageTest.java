package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.wprest.client} holds the API; the engine (transport, discovery, error mapping, route
 * resolution, reading bodies) lives in {@code dev.wprest.client.internal}, which the module exports
 * to the diagnostics only. Read from the compiled classes of the package, so that a class added
 * later is checked too.
 */
class ApiPackageTest {
  private static final String API = "dev.wprest.client";
  private static final String INTERNAL = "dev.wprest.client.internal";

  /**
   * Package-private glue that must sit beside the API because it uses its hidden members: the
   * bridge, the services' factories (their constructors) and the catalog that holds them, the
   * reader of a batch's answer (it builds {@code BatchItem} and {@code BatchResult}, whose
   * constructors stay hidden), and the two superclasses that hold public API in their own files:
   * the builder's setters and the client's service accessors.
   */
  private static final Set<String> GLUE =
      Set.of(
          API + ".PackagePrivateAccess",
          API + ".ResourceServices",
          API + ".SiteServices",
          API + ".BatchAnswer",
          API + ".ServiceCatalog",
          API + ".ClientOptions",
          API + ".ServiceAccessors");

  @Test
  void theEngineIsNotInTheApiPackage() throws Exception {
    Set<String> names = topLevelClassNames();
    assertThat(names).contains(API + ".WordPressClient", API + ".WpRequest");
    for (String engine :
        List.of(
            "Transport",
            "CallExecutor",
            "CallLimits",
            "SiteDiscovery",
            "ErrorMapper",
            "ResponseReader",
            "Routes",
            "BodyDeadline",
            "StreamedBody",
            "FailedExchanges",
            "ResourceCore",
            "ContentDisposition",
            "CookieSyntax",
            "CredentialCheck",
            "JsonPath",
            "AsyncPool",
            "TrustedCertificates")) {
      assertThat(names).doesNotContain(API + "." + engine);
      assertThat(Class.forName(INTERNAL + "." + engine)).isNotNull();
    }
  }

  @Test
  void everyClassThatIsNotApiImplementsAnApiTypeOrIsTheBridge() throws Exception {
    List<String> strays = new ArrayList<>();
    for (String name : topLevelClassNames()) {
      Class<?> type = Class.forName(name);
      if (Modifier.isPublic(type.getModifiers()) || GLUE.contains(name)) {
        continue;
      }
      // A package-private implementation of a public interface (an AuthStrategy) is API, hidden.
      boolean implementsApi =
          Stream.of(type.getInterfaces())
              .anyMatch(i -> i.getPackageName().equals(API) && Modifier.isPublic(i.getModifiers()));
      if (!implementsApi) {
        strays.add(name);
      }
    }
    assertThat(strays).as("engine classes belong in " + INTERNAL).isEmpty();
  }

  @Test
  void noPublicSignatureOfTheApiNamesAnInternalType() throws Exception {
    Set<String> leaks = new TreeSet<>();
    for (String name : topLevelClassNames()) {
      for (Class<?> type : withNested(Class.forName(name))) {
        if (!visible(type.getModifiers())) {
          continue;
        }
        check(type.getGenericSuperclass(), type.getName() + " extends", leaks);
        for (Type i : type.getGenericInterfaces()) {
          check(i, type.getName() + " implements", leaks);
        }
        for (Field f : type.getDeclaredFields()) {
          if (visible(f.getModifiers())) {
            check(f.getGenericType(), type.getName() + "." + f.getName(), leaks);
          }
        }
        List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          members.add(c);
        }
        for (Executable m : members) {
          if (!visible(m.getModifiers()) || m.isSynthetic()) {
            continue;
          }
          String where = type.getName() + "." + m.getName();
          for (Type p : m.getGenericParameterTypes()) {
            check(p, where, leaks);
          }
          for (Type e : m.getGenericExceptionTypes()) {
            check(e, where, leaks);
          }
          if (m instanceof Method) {
            check(((Method) m).getGenericReturnType(), where, leaks);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> withNested(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    all.add(type);
    if (visible(type.getModifiers())) {
      for (Class<?> nested : type.getDeclaredClasses()) {
        all.addAll(withNested(nested));
      }
    }
    return all;
  }

  private static void check(Type type, String where, Set<String> leaks) {
    if (type == null) {
      return;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getPackageName().equals(INTERNAL)) {
        leaks.add(where + " names " + c.getName());
      }
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      check(p.getRawType(), where, leaks);
      for (Type arg : p.getActualTypeArguments()) {
        check(arg, where, leaks);
      }
    } else if (type instanceof GenericArrayType) {
      check(((GenericArrayType) type).getGenericComponentType(), where, leaks);
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(b -> check(b, where, leaks));
    } else if (type instanceof TypeVariable) {
      for (Type bound : ((TypeVariable<?>) type).getBounds()) {
        if (bound instanceof Class) {
          check(bound, where, leaks);
        }
      }
    }
  }

  /** The top-level classes compiled into the API package, read from the directory or the jar. */
  private static Set<String> topLevelClassNames() throws IOException, URISyntaxException {
    Path root =
        Path.of(WordPressClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = API.replace('.', '/') + "/";
    List<String> entries;
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        entries = files.map(p -> folder + p.getFileName().toString()).collect(Collectors.toList());
      }
    } else {
      try (ZipFile jar = new ZipFile(root.toFile())) {
        entries =
            jar.stream()
                .map(e -> e.getName())
                .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                .collect(Collectors.toList());
      }
    }
    Set<String> names = new TreeSet<>();
    for (String entry : entries) {
      String file = entry.substring(folder.length());
      if (file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info")) {
        names.add(API + "." + file.substring(0, file.length() - ".class".length()));
      }
    }
    return names;
  }
}
