package dev.wprest.wpdoctor;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what the user pastes: on a terminal without echo ({@link Console#readPassword}); without
 * one (a pipe, a script, a test) one line of standard input, after a warning that it is not hidden.
 * Lines are read into arrays the caller wipes, never into strings, and are cut at {@link #MAX_LINE}
 * characters so that no input can fill the memory.
 */
final class PasteReader {
  /** Far more than a user name or an Application Password (24 characters, 29 with spaces). */
  static final int MAX_LINE = 1024;

  private final Console console;
  private final Reader stdin;
  private final PrintStream err;
  private boolean warned;

  PasteReader(Console console, InputStream stdin, PrintStream err) {
    this.console = console;
    this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8);
    this.err = err;
  }

  /** The process's terminal, or its standard input when there is none. */
  static PasteReader terminal(PrintStream err) {
    return new PasteReader(System.console(), System.in, err);
  }

  /**
   * A secret, not echoed on a terminal.
   *
   * @return the characters (the caller wipes them), or null at the end of input
   */
  char[] secret(String prompt) {
    if (console != null) {
      return console.readPassword("%s", prompt);
    }
    if (!warned) {
      err.println("(no terminal: reading standard input, which is not hidden)");
      warned = true;
    }
    err.print(prompt);
    err.flush();
    return line();
  }

  /**
   * A line that may be shown, e.g. a user name.
   *
   * @return the line, or null at the end of input
   */
  String visible(String prompt) {
    if (console != null) {
      return console.readLine("%s", prompt);
    }
    err.print(prompt);
    err.flush();
    char[] line = line();
    if (line == null) {
      return null;
    }
    String text = new String(line);
    Arrays.fill(line, '\0');
    return text;
  }

  private char[] line() {
    char[] buffer = new char[MAX_LINE];
    int length = 0;
    try {
      int c = stdin.read();
      if (c == -1) {
        return null;
      }
      for (; c != -1 && c != '\n'; c = stdin.read()) {
        if (length < MAX_LINE && c != '\r') {
          buffer[length++] = (char) c;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("standard input could not be read", e);
    }
    char[] line = Arrays.copyOf(buffer, length);
    Arrays.fill(buffer, '\0');
    return line;
  }
}
