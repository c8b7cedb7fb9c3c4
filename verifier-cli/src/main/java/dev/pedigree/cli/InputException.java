package dev.pedigree.cli;

/**
 * Input the command cannot use (a file that is not a bundle, a refused statement, a server's
 * problem answer): printed as one line {@code pedigree: <message>}, exit 2.
 */
final class InputException extends Exception {
  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
