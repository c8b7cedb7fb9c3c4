package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.StatementException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random unicode paths through the walker's {@link FileNames#check} and the statement's {@link
 * FilePath#of}: each accepts or throws its declared exception (STYLE 15), and both apply the same
 * rules of DESIGN A4, so they agree on every path.
 */
class FileNamesFuzzTest {
  private static final int ROUNDS = 5_000;
  private static final int[] SPECIAL = {
    '/', '/', '.', '.', '\\', ':', 0, 0x1f, 0x7f, 0x85, 0x9f, 0xa0, 0x202a, 0x202e, 0x2066, 0x2069,
    0x200f, 0xfeff, 0xfffd, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x0301, 0x0041, 0x00c5, 0x212b, 0x1100,
    0x1161, 0xac00, 0x1f600, 0x10ffff, 0xe9
  };

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void check_randomUnicodePaths_agreesWithFilePath() {
    Random random = new Random(777);
    int accepted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String path = path(random);
      boolean walker = walkerAccepts(path);
      boolean statement = statementAccepts(path);
      assertEquals(statement, walker, () -> "disagree on " + escape(path));
      accepted += walker ? 1 : 0;
    }
    assertTrue(accepted > ROUNDS / 20 && accepted < ROUNDS - ROUNDS / 20, "accepted " + accepted);
  }

  private static boolean walkerAccepts(String path) {
    try {
      FileNames.check(path);
      return true;
    } catch (FileNameException e) {
      return false;
    }
  }

  private static boolean statementAccepts(String path) {
    try {
      FilePath.of(path);
      return true;
    } catch (StatementException e) {
      return false;
    }
  }

  private static String path(Random random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(50) == 0 ? 1000 + random.nextInt(4000) : random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int c =
          switch (random.nextInt(4)) {
            case 0 -> SPECIAL[random.nextInt(SPECIAL.length)];
            case 1 -> random.nextInt(0x110000);
            case 2 -> 0x300 + random.nextInt(0x80); // combining marks: NFC edge cases
            default -> 'a' + random.nextInt(26);
          };
      if (c >= 0xd800 && c <= 0xdfff) {
        b.append((char) c); // a lone surrogate, as a file system may hand one over
      } else {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
    return b.toString();
  }
}
