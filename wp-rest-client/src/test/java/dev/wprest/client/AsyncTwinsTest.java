package dev.wprest.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every call a service offers synchronously it also offers as {@code ...Async} with the same
 * parameters, for the services that offer async calls at all: read from the compiled API, so that a
 * new overload without its twin fails here instead of in a user's code.
 */
class AsyncTwinsTest {
  /** What sends no request of its own: a route's name, a lazy pager, a view, a description. */
  private static final Set<String> NOT_CALLS =
      Set.of("route", "autoPager", "withResponse", "toString");

  @Test
  void everySyncCallOfAnAsyncServiceHasItsTwin() {
    List<String> missing = new ArrayList<>();
    for (Class<?> service : asyncServices()) {
      for (Method sync : service.getMethods()) {
        if (isSyncCall(sync) && twinOf(service, sync) == null) {
          missing.add(service.getSimpleName() + "." + sync.getName() + params(sync));
        }
      }
    }

    assertThat(missing).as("sync calls without an ...Async twin").isEmpty();
  }

  @Test
  void theServicesCheckedIncludeEveryResourceFamily() {
    assertThat(asyncServices())
        .contains(
            ResourceService.class,
            PostService.class,
            MediaService.class,
            UserService.class,
            CommentService.class,
            SearchService.class,
            RegistryService.class,
            SettingsService.class,
            ApplicationPasswordService.class);
  }

  /** The services the client hands out that offer at least one async call. */
  private static Set<Class<?>> asyncServices() {
    Set<Class<?>> services = new LinkedHashSet<>();
    for (Method accessor : WordPressClient.class.getMethods()) {
      Class<?> type = accessor.getReturnType();
      if (type.getSimpleName().endsWith("Service")
          && Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().endsWith("Async"))) {
        services.add(type);
        if (type.getSuperclass() != Object.class) {
          services.add(type.getSuperclass());
        }
      }
    }
    return services;
  }

  private static boolean isSyncCall(Method m) {
    return m.getDeclaringClass() != Object.class
        && !m.isBridge()
        && !m.isSynthetic()
        && !Modifier.isStatic(m.getModifiers())
        && !m.getName().endsWith("Async")
        && !NOT_CALLS.contains(m.getName())
        && m.getReturnType() != CompletableFuture.class;
  }

  /** The async method of the same name plus "Async" taking what the sync one takes. */
  private static Method twinOf(Class<?> service, Method sync) {
    for (Method m : service.getMethods()) {
      if (m.getName().equals(sync.getName() + "Async")
          && m.getReturnType() == CompletableFuture.class
          && accepts(m.getParameterTypes(), sync.getParameterTypes())) {
        return m;
      }
    }
    return null;
  }

  private static boolean accepts(Class<?>[] async, Class<?>[] sync) {
    if (async.length != sync.length) {
      return false;
    }
    for (int i = 0; i < sync.length; i++) {
      if (!async[i].isAssignableFrom(sync[i])) {
        return false;
      }
    }
    return true;
  }

  private static String params(Method m) {
    StringBuilder s = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      s.append(s.length() > 1 ? ", " : "").append(p.getSimpleName());
    }
    return s.append(")").toString();
  }
}
