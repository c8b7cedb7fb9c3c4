package dev.pedigree.ledger.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.testing.Golden;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates the golden envelopes and their payloads: {@link Submission#parse} and {@link
 * Submission#verifySignatures} either accept or throw {@link RejectedException}, nothing else.
 */
class SubmissionFuzzTest {
  private static final int ROUNDS = 3000;
  private static final String SPECIAL = "{}[]\",:0-1e.\\ ";
  private static final List<Golden.Entry> GOLDEN = Golden.entries();

  @Test
  void parse_mutatedBodies_onlyRejectedException() throws Exception {
    Random random = new Random(20261129);
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Golden.Entry entry = GOLDEN.get(random.nextInt(GOLDEN.size()));
      byte[] body =
          round % 2 == 0
              ? mutate(entry.envelope().toByteArray(), random)
              : withPayload(entry.envelope(), mutate(entry.statement().toByteArray(), random));
      refused += outcome(body) ? 0 : 1;
    }
    // Nearly every mutation breaks the JSON, the payload or a signature.
    assertEquals(true, refused > ROUNDS * 9 / 10, "refused " + refused);
  }

  /** True if accepted, false if refused; any other exception fails the test. */
  private static boolean outcome(byte[] body) {
    try {
      Submission submission = Submission.parse(body);
      submission.verifySignatures(keyId -> Optional.empty());
      return true;
    } catch (RejectedException e) {
      return false;
    }
  }

  private static byte[] mutate(byte[] in, Random random) {
    byte[] out = in.clone();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(out.length);
      out[at] =
          switch (random.nextInt(4)) {
            case 0 -> (byte) random.nextInt(256);
            case 1 -> (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
            case 2 -> (byte) (out[at] ^ (1 << random.nextInt(8)));
            default -> (byte) ('a' + random.nextInt(26));
          };
    }
    return out;
  }

  private static byte[] withPayload(Bytes envelope, byte[] payload) throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(envelope.toByteArray());
    json.put("payload", Base64.getEncoder().encodeToString(payload));
    return Json.mapper().writeValueAsBytes(json);
  }
}
