package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden ledger's statements, envelopes and leaves are JCS bytes (no trailing newline). */
class GoldenEntriesTest {
  static Stream<Path> entries() throws Exception {
    Path dir = Path.of(GoldenEntriesTest.class.getResource("/testdata/golden/entries").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().toList();
    }
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parseCanonical_goldenEntry_sameBytes(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(bytes, Jcs.canonicalize(StrictJson.parseCanonical(bytes)));
  }

  @Test
  void entries_allThreeKindsOfFile() throws Exception {
    // 9 entries, each a statement, an envelope and a leaf: guards against an empty source.
    assertEquals(27, entries().count());
  }
}
