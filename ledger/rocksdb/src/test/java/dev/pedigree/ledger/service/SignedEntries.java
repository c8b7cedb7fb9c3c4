package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import java.nio.charset.StandardCharsets;

/** Signed submission bodies from the shared test fixtures, one line per kind these tests use. */
public final class SignedEntries {
  private SignedEntries() {}

  public static Ed25519PrivateKey key(String label) {
    return TestKeys.of(label);
  }

  /** The first key entry of {@code namespace}, binding {@code key}, signed by it. */
  public static byte[] binding(String namespace, Ed25519PrivateKey key) {
    return Envelopes.sign(Entries.bind(namespace, key), key);
  }

  /** A release of {@code name@version}, whose one file holds {@code name@version}. */
  public static byte[] release(String name, String version, Ed25519PrivateKey key) {
    return Envelopes.sign(Entries.release(name, version), key);
  }

  /** A fine-tune of {@code parentId} named {@code name@version}. */
  public static byte[] derivation(String name, String version, String parentId,
      Ed25519PrivateKey key) {
    return Envelopes.sign(Entries.derivation(name, version, Relation.FINETUNE, parentId), key);
  }

  /** The SHA-256 of the one file of a model built here. */
  public static Bytes fileDigest(String name, String version) {
    return Bytes.copyOf(Sha256.hash((name + "@" + version).getBytes(StandardCharsets.UTF_8)));
  }

  /** The entry id of a release built here. */
  public static String releaseId(String name, String version) {
    return Envelopes.id(Entries.release(name, version));
  }
}
