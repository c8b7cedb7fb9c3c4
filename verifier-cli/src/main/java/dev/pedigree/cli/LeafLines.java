package dev.pedigree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an export (DESIGN A8: leaf bytes, one per line, each ended by a newline) line by line,
 * never holding more than one leaf: a line longer than a record can be (65,535 bytes, DESIGN A3) is
 * refused before it is read further.
 */
final class LeafLines {
  /** Why the export stops being a sequence of leaves, with the index of the leaf at fault. */
  static final class BadLineException extends Exception {
    private final long index;

    BadLineException(long index, String message) {
      super(message);
      this.index = index;
    }

    long index() {
      return index;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer;
  private long index;

  /** Lines of {@code in}, each at most {@code maxBytes} before its newline. */
  LeafLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.buffer = new byte[maxBytes + 1];
  }

  /**
   * The next leaf without its newline, or null at the end of the export.
   *
   * @throws BadLineException when a line is too long, empty, or not ended by a newline
   */
  byte[] next() throws IOException, BadLineException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (n == 0) {
          return null;
        }
        throw new BadLineException(
            index, "export ends inside leaf " + index + " (" + n + " bytes, no newline)");
      }
      if (b == '\n') {
        if (n == 0) {
          throw new BadLineException(index, "leaf " + index + " is an empty line");
        }
        index++;
        return Arrays.copyOf(buffer, n);
      }
      if (n == maxBytes) {
        throw new BadLineException(
            index, "leaf " + index + " is longer than " + maxBytes + " bytes (DESIGN A3)");
      }
      buffer[n++] = (byte) b;
    }
  }
}
