package dev.pedigree.ledger.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * The JDK's Ed25519 verifier, which checks the cofactorless equation [S]B = R + [k]A of RFC 8032
 * §5.1.7 exactly. About eight times slower than Bouncy Castle's, so it only decides the rare case
 * Bouncy Castle's cofactored equation cannot: a public key outside the prime-order subgroup.
 */
final class JdkEd25519 {
  private JdkEd25519() {}

  static boolean verify(byte[] spkiDer, byte[] message, byte[] signature) {
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spkiDer));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // Every Java 15+ has Ed25519, and the caller has already refused keys that do not decode.
      return false;
    }
  }
}
