package dev.pedigree.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an export (DESIGN A8: leaf bytes, one per line, each ended by a newline) line by line,
 * never holding more than one leaf and a read ahead of {@link #READ_BYTES}: a line longer than a
 * record can be (65,535 bytes, DESIGN A3) is refused before it is read further.
 */
final class LeafLines {
  /** Bytes asked of the stream at a time: reads in blocks, not byte by byte. */
  static final int READ_BYTES = 1 << 16;

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
  // Bytes read and not yet returned are buffer[start, end); the current line begins at start.
  private final byte[] buffer;
  private int start;
  private int end;
  private boolean atEnd;
  private long index;

  /** Lines of {@code in}, each at most {@code maxBytes} before its newline. */
  LeafLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.buffer = new byte[maxBytes + 1 + READ_BYTES];
  }

  /**
   * The next leaf without its newline, or null at the end of the export.
   *
   * @throws BadLineException when a line is too long, empty, or not ended by a newline
   */
  byte[] next() throws IOException, BadLineException {
    int scanned = start;
    while (true) {
      // A newline is looked for among the first maxBytes + 1 bytes of the line only.
      int limit = Math.min(end, start + maxBytes + 1);
      for (int i = scanned; i < limit; i++) {
        if (buffer[i] == '\n') {
          return line(i);
        }
      }
      scanned = limit;
      int n = end - start;
      if (n > maxBytes) {
        throw new BadLineException(
            index, "leaf " + index + " is longer than " + maxBytes + " bytes (DESIGN A3)");
      }
      if (atEnd) {
        if (n == 0) {
          return null;
        }
        throw new BadLineException(
            index, "export ends inside leaf " + index + " (" + n + " bytes, no newline)");
      }
      scanned -= start;
      fill();
      scanned += start;
    }
  }

  /** The line from start to the newline at {@code newline}. */
  private byte[] line(int newline) throws BadLineException {
    if (newline == start) {
      throw new BadLineException(index, "leaf " + index + " is an empty line");
    }
    byte[] leaf = Arrays.copyOfRange(buffer, start, newline);
    start = newline + 1;
    index++;
    return leaf;
  }

  /** Moves the current line to the front of the buffer and reads after it, or notes the end. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      atEnd = true;
    } else {
      end += n;
    }
  }
}
