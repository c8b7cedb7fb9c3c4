package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Fuzz;
import dev.pedigree.ledger.testing.Golden;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated golden leaves through {@link ChainRecord#parse}: accepted, or refused with {@link
 * ChainException} at the index asked (STYLE 15); a record accepted is its own leaf bytes.
 */
class ChainRecordFuzzTest {
  private static final int ROUNDS = 3000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_mutatedGoldenLeaves_onlyChainException() throws Exception {
    List<Golden.Entry> golden = Golden.entries();
    Random random = new Random(1618);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Golden.Entry entry = golden.get(random.nextInt(golden.size()));
      byte[] leaf = entry.leaf().toByteArray();
      byte[] input =
          round % 2 == 0
              ? Fuzz.bytes(leaf, golden.get(0).leaf().toByteArray(), random)
              : Fuzz.canonical(Fuzz.tree(Json.mapper().readTree(leaf), random));
      try {
        ChainRecord record = ChainRecord.parse(entry.index(), input);
        assertArrayEquals(input, record.leafBytes());
        accepted++;
      } catch (ChainException e) {
        assertTrue(e.index() == entry.index(), e::getMessage);
        refused++;
      }
    }
    assertTrue(accepted > 0 && refused > ROUNDS / 2, accepted + " accepted, " + refused + " refused");
  }
}
