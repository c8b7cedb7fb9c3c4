package dev.pedigree.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the process is attached to: whether standard output and standard error are terminals, and
 * whether colour is wanted. Commands ask this instead of the environment, so tests can choose.
 *
 * @param stdoutIsTerminal standard output is a terminal
 * @param stderrIsTerminal standard error is a terminal
 * @param noColor the user asked for no colour (NO_COLOR set and not empty, or TERM=dumb)
 */
public record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean noColor) {
  /** Neither output a terminal: plain text, no progress bar. What tests use. */
  public static final Terminal NONE = new Terminal(false, false, false);

  /** The process's real terminal state. */
  public static Terminal detect() {
    boolean console = System.console() != null;
    String noColor = System.getenv("NO_COLOR");
    // https://no-color.org: NO_COLOR, when present and not empty, turns colour off.
    boolean off = (noColor != null && !noColor.isEmpty()) || "dumb".equals(System.getenv("TERM"));
    return new Terminal(isTerminal(1, console), isTerminal(2, console), off);
  }

  /** Colour only on a terminal, and only when the user did not ask for none. */
  public boolean color() {
    return stdoutIsTerminal && !noColor;
  }

  /** Bold green text when colour is on, the text itself otherwise. */
  public String good(String text) {
    return color() ? "\u001b[1;32m" + text + "\u001b[0m" : text;
  }

  /** Dim text when colour is on, the text itself otherwise. */
  public String dim(String text) {
    return color() ? "\u001b[2m" + text + "\u001b[0m" : text;
  }

  // Java has no isatty(); on Linux a terminal descriptor links to /dev/pts/N or /dev/ttyN.
  private static boolean isTerminal(int fd, boolean fallback) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return fallback;
    }
  }
}
