package dev.pedigree.ledger.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.MalformedJsonException;
import dev.pedigree.ledger.json.StrictJson;
import dev.pedigree.ledger.testing.Fuzz;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated golden statements through {@link StrictJson#parse} then {@link Statement#parse}: each
 * either accepts or throws its declared exception (STYLE 15), and what is accepted writes back to
 * the very tree it was read from.
 */
class StatementFuzzTest {
  private static final int ROUNDS = 3000;
  private static final List<String> NAMES =
      List.of(
          Golden.KEY_BIND,
          Golden.RELEASE,
          Golden.DERIVATION,
          Golden.KEY_ADD,
          Golden.MODIFICATION,
          Golden.ATTESTATION,
          Golden.REVOCATION,
          Golden.KEY_REMOVE);

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_mutatedGoldenStatements_onlyDeclaredExceptions() throws Exception {
    Map<String, byte[]> payloads = new HashMap<>();
    Map<String, JsonNode> trees = new HashMap<>();
    for (String name : NAMES) {
      payloads.put(name, Golden.payload(name));
      trees.put(name, Golden.statement(name));
    }
    Random random = new Random(4417);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String name = NAMES.get(random.nextInt(NAMES.size()));
      byte[] input =
          round % 3 == 0
              ? Fuzz.bytes(payloads.get(name), payloads.get(Golden.RELEASE), random)
              : Fuzz.canonical(Fuzz.tree(trees.get(name), random));
      JsonNode tree;
      try {
        tree = StrictJson.parse(input);
      } catch (MalformedJsonException e) {
        refused++;
        continue;
      }
      try {
        Statement statement = Statement.parse(tree);
        // Accepted: nothing was dropped or normalised on the way in.
        assertArrayEquals(
            Jcs.canonicalize(tree),
            Jcs.canonicalize(statement.toJson()),
            () -> "accepted and rewritten: " + tree);
        accepted++;
      } catch (StatementException e) {
        refused++;
        assertTrue(e.field().isEmpty() || e.field().startsWith("/"), e.toString());
      }
    }
    assertTrue(accepted > 0 && refused > ROUNDS / 2, accepted + " accepted, " + refused + " refused");
  }
}
