package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A key's tables grow on its {@value Ed25519KeyTables#BUSY}th verification; verification stays
 * exact (agrees with the JDK's cofactorless verifier) before, across and after, also when threads
 * race on a key's first verifications.
 */
class Ed25519KeyTablesTest {
  private static final int BUSY = Ed25519KeyTables.BUSY;
  private static final int VERY_BUSY = Ed25519KeyTables.VERY_BUSY;
  /** A point of order 8, encoded: the torsion component of the mixed-order keys below. */
  private static final String TORSION =
      "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a";

  @Test
  void verify_keyCrossingThreshold_growsTablesAndStillRefusesMutations() throws Exception {
    assertEquals(BUSY, crossThresholds(16, 4 * BUSY));
  }

  /**
   * A key A' = A + T with T of order 8: the cofactorless equation holds exactly when k ≡ 0 mod 8,
   * with small tables and with large ones (whose shifts are read back from the small ones).
   */
  @Test
  void verify_mixedOrderKeyAcrossThreshold_agreesWithJdk() throws Exception {
    MixedOrderSigner signer = new MixedOrderSigner(6, 10, TORSION);
    Ed25519PublicKey key = signer.publicKey();
    PublicKey jdkKey = jdkKey(key);
    // Messages whose k is a multiple of 8 (the signature holds) and others (it does not), in an
    // order where each kind of tables sees both: at least two of each among the first BUSY - 1.
    List<byte[]> holds = new ArrayList<>();
    List<byte[]> fails = new ArrayList<>();
    for (int i = 0; holds.size() < 8 || fails.size() < 3 * BUSY; i++) {
      byte[] message = {(byte) i, (byte) (i >>> 8)};
      (signer.holds(message) ? holds : fails).add(message);
    }
    List<byte[]> messages = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      messages.add(holds.get(i));
      messages.addAll(fails.subList(3 * i, 3 * i + 3));
    }
    for (int use = 1; use <= messages.size(); use++) {
      byte[] message = messages.get(use - 1);
      byte[] signature = signer.sign(message);
      boolean want = holds.contains(message);
      assertEquals(want, jdkVerifies(jdkKey, message, signature), "JDK, use " + use);
      assertEquals(want, verifies(key, message, signature), "strict, use " + use);
      assertEquals(use >= BUSY, key.tables().large(), "large tables after use " + use);
    }
  }

  @Test
  void verify_speccheckCasesManyTimesOverOneKey_sameOutcomeEachTime() {
    JsonNode cases = CryptoFixtures.json("testdata/ed25519/cases.json");
    for (int i = 0; i < cases.size(); i++) {
      byte[] message = Hex.decode(cases.get(i).get("message").textValue());
      byte[] signature = Hex.decode(cases.get(i).get("signature").textValue());
      Ed25519PublicKey key;
      try {
        key = Ed25519PublicKey.fromRaw(Hex.decode(cases.get(i).get("pub_key").textValue()));
      } catch (KeyFormatException e) {
        continue; // a small-order key: nothing to verify
      }
      for (int use = 1; use <= 2 * BUSY; use++) {
        assertEquals(i == 3, verifies(key, message, signature), "case " + i + ", use " + use);
      }
    }
  }

  /**
   * Threads that start together on fresh keys race on building the small tables and, a few
   * verifications later, the large ones; every answer is still the JDK's, and the large tables end
   * up built.
   */
  @Test
  void verify_concurrentFirstUsesOfOneKey_agreeWithJdkAndGrowTables() throws Exception {
    int threads = 8;
    SplittableRandom random = new SplittableRandom(8);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 12; round++) {
        Ed25519PrivateKey privateKey = privateKey(random);
        PublicKey jdkKey = jdkKey(privateKey.publicKey());
        int count = 2 * BUSY;
        byte[][] messages = new byte[count][];
        byte[][] signatures = new byte[count][];
        boolean[] want = new boolean[count];
        for (int i = 0; i < count; i++) {
          messages[i] = new byte[] {(byte) round, (byte) i};
          signatures[i] = privateKey.sign(messages[i]);
          if (i % 2 == 1) {
            signatures[i][32 + random.nextInt(31)] ^= (byte) (1 << random.nextInt(8));
          }
          want[i] = jdkVerifies(jdkKey, messages[i], signatures[i]);
          assertEquals(i % 2 == 0, want[i]);
        }
        // A fresh object for the same key: no tables yet.
        Ed25519PublicKey key = Ed25519PublicKey.fromRaw(privateKey.publicKey().raw().toByteArray());
        assertFalse(key.tables().large());
        assertEquals(List.of(), race(pool, threads, key, messages, signatures, want),
            "round " + round);
        assertTrue(key.tables().large(), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void verify_keyCrossingVeryBusyThreshold_growsLargerTablesAndStillRefusesMutations()
      throws Exception {
    assertEquals(3 * VERY_BUSY / 4, crossThresholds(64, 3 * VERY_BUSY));
  }

  /**
   * A mixed-order key A' = A + T, T of order 8, verified past the {@value
   * Ed25519KeyTables#VERY_BUSY}th use: the larger tables' shifts are read back from the large
   * ones, and the cofactorless equation still holds exactly when k ≡ 0 mod 8.
   */
  @Test
  void verify_mixedOrderKeyAcrossVeryBusyThreshold_agreesWithJdk() throws Exception {
    MixedOrderSigner signer = new MixedOrderSigner(7, 12, TORSION);
    Ed25519PublicKey key = signer.publicKey();
    PublicKey jdkKey = jdkKey(key);
    int holding = 0;
    int failing = 0;
    for (int i = 0; holding < 16 || failing < 16; i++) {
      byte[] message = {(byte) i, (byte) (i >>> 8)};
      byte[] signature = signer.sign(message);
      boolean want = signer.holds(message);
      boolean larger = key.tables().larger();
      assertEquals(want, jdkVerifies(jdkKey, message, signature), "JDK, message " + i);
      assertEquals(want, verifies(key, message, signature), "strict, message " + i);
      if (larger) {
        holding += want ? 1 : 0;
        failing += want ? 0 : 1;
      }
    }
  }

  /**
   * Threads racing on one key's uses past the {@value Ed25519KeyTables#VERY_BUSY}th: every answer
   * is the JDK's, and the larger tables end up built.
   */
  @Test
  void verify_concurrentUsesPastVeryBusy_agreeWithJdkAndGrowLargerTables() throws Exception {
    int threads = 8;
    int count = 4 * VERY_BUSY / threads; // each signature verified once per thread
    SplittableRandom random = new SplittableRandom(88);
    Ed25519PrivateKey privateKey = privateKey(random);
    PublicKey jdkKey = jdkKey(privateKey.publicKey());
    byte[][] messages = new byte[count][];
    byte[][] signatures = new byte[count][];
    boolean[] want = new boolean[count];
    for (int i = 0; i < count; i++) {
      messages[i] = new byte[] {(byte) i};
      signatures[i] = privateKey.sign(messages[i]);
      if (i % 2 == 1) {
        signatures[i][random.nextInt(31)] ^= (byte) (1 << random.nextInt(8));
      }
      want[i] = jdkVerifies(jdkKey, messages[i], signatures[i]);
    }
    Ed25519PublicKey key = Ed25519PublicKey.fromRaw(privateKey.publicKey().raw().toByteArray());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      assertEquals(List.of(), race(pool, threads, key, messages, signatures, want));
      assertTrue(key.tables().larger());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Verifies every signature once on each of {@code threads} threads, started together, each from
   * its own offset; the signatures whose answer was not {@code want}'s.
   */
  private static List<String> race(ExecutorService pool, int threads, Ed25519PublicKey key,
      byte[][] messages, byte[][] signatures, boolean[] want) throws Exception {
    int count = messages.length;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int n = 0; n < count; n++) {
                  int i = (n + offset) % count;
                  if (verifies(key, messages[i], signatures[i]) != want[i]) {
                    wrong.add("signature " + i);
                  }
                }
                return wrong;
              }));
    }
    start.countDown();
    List<String> wrong = new ArrayList<>();
    for (Future<List<String>> result : results) {
      wrong.addAll(result.get());
    }
    return wrong;
  }

  /**
   * Verifies {@code uses} signatures of a new key, three in four mutated (S, R or the message),
   * each against the JDK's answer, checking which tables the key has after each; the number the
   * key accepted.
   */
  private static int crossThresholds(long seed, int uses) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Ed25519PrivateKey privateKey = privateKey(random);
    Ed25519PublicKey key = privateKey.publicKey();
    PublicKey jdkKey = jdkKey(key);
    int accepted = 0;
    for (int use = 1; use <= uses; use++) {
      byte[] message = new byte[1 + random.nextInt(200)];
      random.nextBytes(message);
      byte[] signature = privateKey.sign(message);
      switch (use % 4) {
        case 0 -> {} // valid
        case 1 -> signature[32 + random.nextInt(31)] ^= (byte) (1 << random.nextInt(8)); // S
        case 2 -> signature[random.nextInt(31)] ^= (byte) (1 << random.nextInt(8)); // R
        default -> message[random.nextInt(message.length)] ^= 1;
      }
      boolean got = verifies(key, message, signature);
      assertEquals(jdkVerifies(jdkKey, message, signature), got, "use " + use);
      assertEquals(use % 4 == 0, got, "use " + use);
      assertEquals(use >= BUSY, key.tables().large(), "large tables after use " + use);
      assertEquals(use >= VERY_BUSY, key.tables().larger(), "larger tables after use " + use);
      accepted += got ? 1 : 0;
    }
    return accepted;
  }

  private static Ed25519PrivateKey privateKey(SplittableRandom random) throws KeyFormatException {
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    return Ed25519PrivateKey.fromSeed(seed);
  }

  private static boolean verifies(Ed25519PublicKey key, byte[] message, byte[] signature) {
    try {
      key.verify(message, signature);
      return true;
    } catch (SignatureVerificationException e) {
      return false;
    }
  }

  private static PublicKey jdkKey(Ed25519PublicKey key) throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.spkiDer()));
  }

  private static boolean jdkVerifies(PublicKey key, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(message);
    try {
      return verifier.verify(signature);
    } catch (SignatureException e) {
      return false; // "Invalid point": an R that is not on the curve
    }
  }
}
