package dev.pedigree.ledger.testing;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.crypto.Sha256;
import java.nio.charset.StandardCharsets;

/** Deterministic TEST-ONLY Ed25519 keys: the same label gives the same key in every run. */
public final class TestKeys {
  private TestKeys() {}

  /** The key whose seed is SHA-256("pedigree test key " + label). */
  public static Ed25519PrivateKey of(String label) {
    byte[] seed = Sha256.hash(("pedigree test key " + label).getBytes(StandardCharsets.UTF_8));
    try {
      return Ed25519PrivateKey.fromSeed(seed);
    } catch (KeyFormatException e) {
      throw new AssertionError("a 32-byte seed is a key", e);
    }
  }

  /** The lowercase hex keyid of the key labelled {@code label}. */
  public static String keyId(String label) {
    return of(label).publicKey().keyId();
  }
}
