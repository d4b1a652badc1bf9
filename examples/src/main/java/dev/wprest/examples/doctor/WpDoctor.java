package dev.wprest.examples.doctor;

import dev.wprest.client.WordPressApiException;
import dev.wprest.client.WordPressClient;
import dev.wprest.client.WordPressException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code wp-doctor} command line. {@code demo} replays recorded real WordPress answers for each
 * row of the 401 evidence matrix on a loopback stand-in and shows what the client makes of each.
 *
 * <p>Exit codes: 0 all went as expected, 2 usage error.
 */
public final class WpDoctor {
  private final PrintStream out;

  WpDoctor(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments, e.g. {@code demo}
   */
  public static void main(String[] args) {
    System.exit(new WpDoctor(System.out).run(Arrays.asList(args)));
  }

  int run(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      usage(out);
      return args.isEmpty() ? 2 : 0;
    }
    if (args.get(0).equals("demo")) {
      return demo();
    }
    out.println("wp-doctor: unknown command: " + args.get(0));
    usage(out);
    return 2;
  }

  private static void usage(PrintStream out) {
    out.println("usage: wp-doctor demo");
    out.println("  demo   replay recorded WordPress answers for each failure in the 401 evidence");
    out.println("         matrix on a loopback stand-in, and show what each failure is");
  }

  private int demo() {
    out.println("wp-doctor demo: recorded answers of a real WordPress 6.1, replayed on loopback");
    out.println();
    for (DemoScenario scenario : DemoScenarios.all()) {
      out.println("* " + scenario.title());
      out.println("  " + outcome(scenario));
    }
    return 0;
  }

  private String outcome(DemoScenario scenario) {
    try (ReplayServer site = scenario.serve()) {
      WordPressClient client =
          WordPressClient.builder()
              .baseUrl(site.baseUrl() + "/wp-json/")
              .auth(scenario.auth())
              .callTimeout(Duration.ofSeconds(5))
              .build();
      client.execute(scenario.request());
      return "succeeded";
    } catch (WordPressApiException e) {
      return e.getClass().getSimpleName()
          + ": "
          + e.status()
          + e.code().map(c -> " " + c).orElse("")
          + (e.exchange().wordPressAnswered() ? "" : " (not from WordPress)");
    } catch (WordPressException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (java.io.IOException e) {
      return "could not start the stand-in site: " + e.getMessage();
    }
  }
}
