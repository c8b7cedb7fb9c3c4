package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeafLinesTest {
  /** The reading LeafLines did before it read in blocks: one byte at a time. */
  private static List<String> byteByByte(byte[] export, int maxBytes) throws IOException {
    List<String> out = new ArrayList<>();
    InputStream in = new ByteArrayInputStream(export);
    byte[] buffer = new byte[maxBytes];
    long index = 0;
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (n != 0) {
          out.add("! " + index + " export ends inside leaf " + index + " (" + n + " bytes, no newline)");
        }
        return out;
      }
      if (b == '\n') {
        if (n == 0) {
          out.add("! " + index + " leaf " + index + " is an empty line");
          return out;
        }
        out.add(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        index++;
        n = 0;
        continue;
      }
      if (n == maxBytes) {
        out.add(
            "! " + index + " leaf " + index + " is longer than " + maxBytes + " bytes (DESIGN A3)");
        return out;
      }
      buffer[n++] = (byte) b;
    }
  }

  /** LeafLines over a stream that gives at most {@code chunk} bytes a read. */
  private static List<String> blocks(byte[] export, int maxBytes, int chunk) throws IOException {
    List<String> out = new ArrayList<>();
    LeafLines lines = new LeafLines(new Trickle(export, chunk), maxBytes);
    try {
      for (byte[] leaf = lines.next(); leaf != null; leaf = lines.next()) {
        out.add(new String(leaf, StandardCharsets.ISO_8859_1));
      }
    } catch (LeafLines.BadLineException e) {
      out.add("! " + e.index() + " " + e.getMessage());
    }
    return out;
  }

  /** A stream that returns at most {@code chunk} bytes from each read, as pipes may. */
  private static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void next_leafOfExactlyMaxBytes_returned() throws Exception {
    assertEquals(List.of("abcd", "ef"), blocks(ascii("abcd\nef\n"), 4, 3));
  }

  @Test
  void next_leafOneByteTooLong_refusedWithItsIndex() throws Exception {
    assertEquals(
        List.of("ab", "! 1 leaf 1 is longer than 4 bytes (DESIGN A3)"),
        blocks(ascii("ab\nabcde\n"), 4, 100));
  }

  @Test
  void next_endInsideLeafOfMaxBytes_cutNotTooLong() throws Exception {
    assertEquals(
        List.of("ab", "! 1 export ends inside leaf 1 (4 bytes, no newline)"),
        blocks(ascii("ab\nabcd"), 4, 1));
  }

  @Test
  void next_emptyLine_refused() throws Exception {
    assertEquals(List.of("a", "! 1 leaf 1 is an empty line"), blocks(ascii("a\n\nb\n"), 4, 2));
  }

  @Test
  void next_emptyExport_noLeaves() throws Exception {
    LeafLines lines = new LeafLines(new ByteArrayInputStream(new byte[0]), 4);
    assertNull(lines.next());
    assertNull(lines.next());
  }

  @Test
  void next_leavesAcrossManyBlocks_sameBytes() throws Exception {
    Random random = new Random(7);
    List<byte[]> leaves = new ArrayList<>();
    StringBuilder export = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      char[] leaf = new char[1 + random.nextInt(65_535)];
      Arrays.fill(leaf, (char) ('a' + i % 26));
      leaves.add(new String(leaf).getBytes(StandardCharsets.ISO_8859_1));
      export.append(leaf).append('\n');
    }
    LeafLines lines = new LeafLines(new ByteArrayInputStream(ascii(export.toString())), 65_535);
    for (byte[] leaf : leaves) {
      assertArrayEquals(leaf, lines.next());
    }
    assertNull(lines.next());
  }

  @Test
  void next_randomExports_sameAsByteByByte() throws Exception {
    Random random = new Random(20261130);
    byte[] alphabet = ascii("ab\n\n\n");
    for (int i = 0; i < 5000; i++) {
      byte[] export = new byte[random.nextInt(40)];
      for (int j = 0; j < export.length; j++) {
        export[j] = alphabet[random.nextInt(alphabet.length)];
      }
      int maxBytes = 1 + random.nextInt(6);
      int chunk = 1 + random.nextInt(9);
      assertEquals(
          byteByByte(export, maxBytes),
          blocks(export, maxBytes, chunk),
          "case " + i + ": " + new String(export, StandardCharsets.ISO_8859_1).replace("\n", "|"));
    }
  }

  @Test
  void next_streamFails_ioExceptionPassesThrough() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };
    LeafLines lines = new LeafLines(failing, 4);
    assertEquals("disk gone", assertThrows(IOException.class, lines::next).getMessage());
  }
}
