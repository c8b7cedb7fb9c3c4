package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Fuzz;
import dev.pedigree.ledger.testing.Golden;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated golden envelopes through {@link DsseEnvelope#fromJson}: accepted, or refused with {@link
 * EnvelopeException} naming a field (STYLE 15); an accepted envelope reads back from its own JSON.
 */
class DsseEnvelopeFuzzTest {
  private static final int ROUNDS = 3000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fromJson_mutatedGoldenEnvelopes_onlyEnvelopeException() throws Exception {
    List<Golden.Entry> golden = Golden.entries();
    Random random = new Random(9091);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] envelope = golden.get(random.nextInt(golden.size())).envelope().toByteArray();
      JsonNode tree;
      try {
        tree =
            round % 3 == 0
                ? Json.mapper().readTree(Fuzz.bytes(envelope, envelope, random))
                : Fuzz.tree(Json.mapper().readTree(envelope), random);
      } catch (JsonProcessingException e) {
        continue; // not JSON: nothing for fromJson to see
      }
      if (tree == null) {
        continue;
      }
      try {
        DsseEnvelope parsed = DsseEnvelope.fromJson(tree);
        assertEquals(parsed, DsseEnvelope.fromJson(parsed.toJson()));
        accepted++;
      } catch (EnvelopeException e) {
        assertTrue(e.field() != null && e.getMessage() != null, e.toString());
        refused++;
      }
    }
    assertTrue(accepted > 0 && refused > ROUNDS / 3, accepted + " accepted, " + refused + " refused");
  }
}
