package dev.pedigree.ledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random shapes and sizes: the verifiers either pass or throw their declared exception. */
class VerifierFuzzTest {
  private static final int[] HASH_LENGTHS = {0, 1, 31, 32, 32, 32, 33, 64};

  @Test
  void verifiers_randomInputs_onlyDeclaredExceptions() {
    Random random = new Random(2026);
    int failures = 0;
    for (int trial = 0; trial < 10_000; trial++) {
      long a = size(random);
      long b = size(random);
      List<byte[]> proof = new ArrayList<>();
      int length = random.nextInt(70);
      for (int i = 0; i < length; i++) {
        proof.add(hash(random));
      }
      try {
        InclusionProofs.verify(a, b, hash(random), proof, hash(random));
      } catch (MerkleVerificationException e) {
        failures++;
      }
      try {
        ConsistencyProofs.verify(a, b, hash(random), hash(random), proof);
      } catch (MerkleVerificationException e) {
        failures++;
      }
    }
    // Random hashes essentially never verify; a verifier that accepted them would be broken.
    assertEquals(20_000, failures);
  }

  private static long size(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(20);
      case 1 -> random.nextInt(1 << 20);
      case 2 -> -1L - random.nextInt(4); // near 2^64
      default -> random.nextLong();
    };
  }

  private static byte[] hash(Random random) {
    byte[] hash = new byte[HASH_LENGTHS[random.nextInt(HASH_LENGTHS.length)]];
    random.nextBytes(hash);
    return hash;
  }
}
