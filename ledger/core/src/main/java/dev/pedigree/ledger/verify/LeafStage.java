package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.SignatureVerificationException;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.statement.KeyChange;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of auditing a leaf that needs no ledger state, run by a pool of workers ahead of the
 * in-order stage: parse the record and the submission, hash the leaf, verify the signatures.
 * Thread-safe.
 */
final class LeafStage {
  private LeafStage() {}

  /** Prepares the leaf at {@code index}; {@code keys} learns the keys the entry adds. */
  static PreparedLeaf prepare(long index, byte[] leaf, KeyCache keys) {
    Bytes hash = Bytes.copyOf(Merkle.leafHash(leaf));
    ChainRecord record;
    try {
      record = ChainRecord.parse(index, leaf);
    } catch (ChainException e) {
      return new PreparedLeaf(index, hash, null, e, null, null, Map.of());
    }
    Submission submission;
    try {
      submission = Leaves.submission(record);
    } catch (RejectedException e) {
      return new PreparedLeaf(index, hash, record, null, null, e, Map.of());
    }
    return new PreparedLeaf(
        index, hash, record, null, submission, null, verify(submission, keys));
  }

  /**
   * Verifies each signature whose key is known: one this entry adds (DESIGN A3 lets an entry be
   * signed by a key it adds), else one an earlier entry added, which may not be bound yet or ever.
   */
  private static Map<String, PreparedLeaf.Checked> verify(Submission submission, KeyCache keys) {
    Map<String, Ed25519PublicKey> added = new HashMap<>();
    if (submission.statement().predicate() instanceof KeyChange change) {
      change.add().forEach(k -> added.put(k.keyId(), keys.shared(k)));
    }
    DsseEnvelope envelope = submission.envelope();
    byte[] pae = null;
    Map<String, PreparedLeaf.Checked> checked = new HashMap<>();
    for (DsseSignature signature : envelope.signatures()) {
      String keyId = signature.keyId();
      Ed25519PublicKey key = added.get(keyId);
      if (key == null) {
        key = keys.find(keyId).orElse(null);
      }
      if (key == null) {
        continue; // checked in order, against the key bound by then if any
      }
      if (pae == null) {
        pae = Dsse.pae(envelope.payloadType(), envelope.payload().toByteArray());
      }
      checked.put(keyId, new PreparedLeaf.Checked(key, failure(key, pae, signature)));
    }
    return checked;
  }

  /** Null if the signature verifies under {@code key}, else why not. */
  static String failure(Ed25519PublicKey key, byte[] pae, DsseSignature signature) {
    try {
      key.verify(pae, signature.sig());
      return null;
    } catch (SignatureVerificationException e) {
      return e.getMessage();
    }
  }
}
