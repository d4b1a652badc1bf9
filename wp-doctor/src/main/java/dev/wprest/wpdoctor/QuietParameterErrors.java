package dev.wprest.wpdoctor;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a bad command line by naming the option or the argument's position, never its value:
 * someone who types {@code --password=S}, pastes a token as a stray argument or gives a URL with
 * {@code user:password@} must not see the secret echoed into a terminal, a CI log or a support
 * thread. picocli's own messages quote the values.
 */
final class QuietParameterErrors implements IParameterExceptionHandler {
  private final PrintStream err;

  QuietParameterErrors(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    err.println(prefix(command) + ": " + describe(ex));
    if (ex instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("did you mean: " + String.join(", ", suggestions) + "?");
      }
    }
    err.println("usage: " + command.getHelp().synopsis(0).strip());
    err.println("run '" + command.getCommandSpec().qualifiedName() + " --help' for more");
    return WpDoctor.USAGE;
  }

  static String prefix(CommandLine command) {
    return command.getCommandSpec().qualifiedName();
  }

  private static String describe(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) ex;
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("-")) {
        return "unknown option " + optionName(first);
      }
      boolean hasSubcommands = !ex.getCommandLine().getSubcommands().isEmpty();
      return (hasSubcommands ? "unknown command" : "unexpected argument")
          + " (not shown: an argument may be a secret)";
    }
    if (ex instanceof MissingParameterException) {
      List<ArgSpec> missing = ((MissingParameterException) ex).getMissing();
      if (!missing.isEmpty()) {
        ArgSpec arg = missing.get(0);
        if (arg.isOption() && ex.getMessage().startsWith("Expected parameter")) {
          return "option " + name(arg) + " needs a value";
        }
        return "missing " + name(arg);
      }
      return "an argument is missing";
    }
    ArgSpec arg = ex.getArgSpec();
    if (ex instanceof OverwrittenOptionException) {
      return "option " + name(((OverwrittenOptionException) ex).getOverwritten()) + " given twice";
    }
    if (arg != null) {
      return "invalid value for " + name(arg) + " (not shown)";
    }
    return "invalid arguments (not shown: an argument may be a secret)";
  }

  /** {@code --password=S} is named {@code --password}; a name never holds a value. */
  private static String optionName(String arg) {
    int eq = arg.indexOf('=');
    String name = eq < 0 ? arg : arg.substring(0, eq);
    // "-pS3cret" is a short option with its value attached: only a bare "-p" is a name.
    return name.matches("--[a-z][a-z0-9-]{0,40}|-[A-Za-z]") ? name : "(not shown)";
  }

  private static String name(ArgSpec arg) {
    return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
  }
}
