package dev.pedigree.ledger.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Fuzz;
import dev.pedigree.ledger.testing.Golden;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary bytes, and structure-aware mutations of the golden envelopes and of the statements
 * inside them, through {@link Submission#parse}: accepted, or {@link RejectedException} (STYLE
 * 15). Complements {@link SubmissionFuzzTest}, whose mutations are byte replacements.
 */
class SubmissionBytesFuzzTest {
  private static final int ROUNDS = 3000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_arbitraryAndRestructuredBodies_onlyRejectedException() throws Exception {
    List<Golden.Entry> golden = Golden.entries();
    Random random = new Random(5150);
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Golden.Entry entry = golden.get(random.nextInt(golden.size()));
      JsonNode envelope = Json.mapper().readTree(entry.envelope().toByteArray());
      byte[] body =
          switch (round % 3) {
            case 0 -> Fuzz.arbitrary(random);
            case 1 -> Fuzz.json(Fuzz.tree(envelope, random));
            default -> {
              JsonNode statement = Json.mapper().readTree(entry.statement().toByteArray());
              byte[] payload = Fuzz.canonical(Fuzz.tree(statement, random));
              ((ObjectNode) envelope).put("payload", Base64.getEncoder().encodeToString(payload));
              yield Fuzz.json(envelope);
            }
          };
      try {
        Submission.parse(body).verifySignatures(keyId -> Optional.empty());
      } catch (RejectedException e) {
        assertTrue(e.field() == null || e.field().isEmpty() || e.field().startsWith("/"), e::toString);
        refused++;
      }
    }
    // Key entries add the key that signed them, so a few restructured ones still verify.
    assertTrue(refused > ROUNDS * 9 / 10, "refused " + refused);
  }
}
