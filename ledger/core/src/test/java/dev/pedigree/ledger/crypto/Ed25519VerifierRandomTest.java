package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strict verifier against the JDK's (SunEC checks the cofactorless equation [S]B = R + [k]A of
 * RFC 8032 §5.1.7 by its own code) on thousands of random valid and mutated signatures.
 */
class Ed25519VerifierRandomTest {
  private static final int KEYS = 40;
  private static final int MESSAGES_PER_KEY = 50;

  @Test
  void verify_randomAndMutatedSignatures_agreesWithJdk() throws Exception {
    SplittableRandom random = new SplittableRandom(8032);
    int accepted = 0;
    int refused = 0;
    for (int key = 0; key < KEYS; key++) {
      byte[] seed = new byte[32];
      random.nextBytes(seed);
      Ed25519PrivateKey privateKey = Ed25519PrivateKey.fromSeed(seed);
      Ed25519PublicKey publicKey = privateKey.publicKey();
      PublicKey jdkKey =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(publicKey.spkiDer()));
      for (int m = 0; m < MESSAGES_PER_KEY; m++) {
        byte[] message = new byte[random.nextInt(300)];
        random.nextBytes(message);
        byte[] signature = privateKey.sign(message);
        byte[] mutated = signature.clone();
        byte[] otherMessage = message.clone();
        switch (m % 4) {
          case 0 -> {} // valid
          case 1 -> mutated[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
          case 2 -> mutated[random.nextInt(32)] ^= (byte) (1 << random.nextInt(8)); // R only
          default -> {
            if (otherMessage.length == 0) {
              otherMessage = new byte[] {1};
            } else {
              otherMessage[random.nextInt(otherMessage.length)] ^= 1;
            }
          }
        }
        boolean want = jdkVerifies(jdkKey, otherMessage, mutated);
        boolean got = strictVerifies(publicKey, otherMessage, mutated);
        assertEquals(want, got, "key " + key + " message " + m + " (case " + m % 4 + ")");
        if (got) {
          accepted++;
        } else {
          refused++;
        }
      }
    }
    // Every valid signature verifies, and (almost) every mutation is refused.
    assertTrue(accepted >= KEYS * MESSAGES_PER_KEY / 4, "accepted " + accepted);
    assertTrue(refused >= KEYS * MESSAGES_PER_KEY / 2, "refused " + refused);
  }

  @Test
  void verify_manyKeysOneSignatureEach_agreesWithJdk() throws Exception {
    // A fresh key per signature: the first verification with a key builds its tables.
    SplittableRandom random = new SplittableRandom(25519);
    for (int i = 0; i < 200; i++) {
      byte[] seed = new byte[32];
      random.nextBytes(seed);
      Ed25519PrivateKey privateKey = Ed25519PrivateKey.fromSeed(seed);
      byte[] message = new byte[32];
      random.nextBytes(message);
      byte[] signature = privateKey.sign(message);
      if (i % 2 == 1) {
        signature[32 + random.nextInt(31)] ^= (byte) (1 << random.nextInt(8));
      }
      PublicKey jdkKey =
          KeyFactory.getInstance("Ed25519")
              .generatePublic(new X509EncodedKeySpec(privateKey.publicKey().spkiDer()));
      assertEquals(
          jdkVerifies(jdkKey, message, signature),
          strictVerifies(privateKey.publicKey(), message, signature),
          "signature " + i);
      assertEquals(i % 2 == 0, strictVerifies(privateKey.publicKey(), message, signature));
    }
  }

  /**
   * A key with a torsion component, A' = A + T (T of order 8), and signatures S = r + k·a: the
   * cofactorless equation [S]B = R + [k]A' holds exactly when [k]T = 0, i.e. k ≡ 0 mod 8, about one
   * message in eight. Such keys are never made from a seed, but fromRaw accepts them (DESIGN A4
   * refuses only small-order keys), and the verifier must still be exact for them.
   */
  @Test
  void verify_mixedOrderKey_agreesWithJdkBothWays() throws Exception {
    MixedOrderSigner signer = new MixedOrderSigner(5, 9,
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05");
    Ed25519PublicKey key = signer.publicKey();
    PublicKey jdkKey =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key.spkiDer()));
    int accepted = 0;
    for (int i = 0; i < 64; i++) {
      byte[] message = {(byte) i};
      byte[] signature = signer.sign(message);
      boolean want = signer.holds(message);
      assertEquals(want, jdkVerifies(jdkKey, message, signature), "JDK, message " + i);
      assertEquals(want, strictVerifies(key, message, signature), "strict, message " + i);
      accepted += want ? 1 : 0;
    }
    assertTrue(accepted > 0 && accepted < 64, "accepted " + accepted + " of 64");
  }

  private static boolean strictVerifies(Ed25519PublicKey key, byte[] message, byte[] signature) {
    try {
      key.verify(message, signature);
      return true;
    } catch (SignatureVerificationException e) {
      return false;
    }
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
