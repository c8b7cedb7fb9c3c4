package dev.pedigree.ledger.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated golden statements: the parser only ever accepts or throws its declared exceptions. */
class StrictJsonFuzzTest {
  private static final byte[] INTERESTING = {
    '"',
    '\\',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '-',
    '.',
    'e',
    '0',
    '9',
    'u',
    ' ',
    '\n',
    0,
    (byte) 0x80,
    (byte) 0xc3,
    (byte) 0xed,
    (byte) 0xef,
    (byte) 0xf4,
    (byte) 0xff
  };

  @Test
  void parseCanonical_mutatedInput_acceptsOrRefusesCleanly() throws Exception {
    byte[] seed =
        Files.readAllBytes(
            Path.of(
                getClass()
                    .getResource("/testdata/golden/entries/04-modification.statement.json")
                    .toURI()));
    Random random = new Random(8785);
    int accepted = 0;
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = seed.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        bytes[random.nextInt(bytes.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
      }
      try {
        StrictJson.parseCanonical(bytes);
        // Accepted: then it is its own canonical form.
        assertArrayEquals(bytes, Jcs.canonicalize(StrictJson.parse(bytes)));
        accepted++;
      } catch (MalformedJsonException | NonCanonicalJsonException expected) {
        // refused with a declared exception: fine
      }
    }
    // Single-byte changes inside strings stay canonical; the campaign must reach both outcomes.
    assertTrue(accepted > 0 && accepted < 2_000, "accepted " + accepted);
  }
}
