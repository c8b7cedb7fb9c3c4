package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.intake.KeyLookup;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.statement.KeyChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Submission.verifySignatures} for a leaf whose signatures a worker checked ahead: the same
 * key resolution at this index (a key this entry adds, else one ever bound before it), the same
 * refusals with the same messages, but a signature the worker verified under the very key resolved
 * here is not verified again.
 */
final class InOrderSignatures {
  private InOrderSignatures() {}

  /**
   * If no exception is thrown, every signature of {@code leaf} verified under the key its keyid
   * names at this index.
   *
   * @throws RejectedException {@link Rejection#KEY_NOT_BOUND} or {@link Rejection#BAD_SIGNATURE}
   */
  static void verify(PreparedLeaf leaf, KeyLookup lookup, KeyCache cache)
      throws RejectedException {
    Submission submission = leaf.submission();
    Map<String, Ed25519PublicKey> added = new HashMap<>();
    if (submission.statement().predicate() instanceof KeyChange change) {
      change.add().forEach(k -> added.put(k.keyId(), k));
    }
    List<String> keyIds = submission.signerKeyIds();
    Ed25519PublicKey[] keys = new Ed25519PublicKey[keyIds.size()];
    for (int i = 0; i < keys.length; i++) {
      String keyId = keyIds.get(i);
      Optional<Ed25519PublicKey> key =
          Optional.ofNullable(added.get(keyId)).or(() -> lookup.key(keyId));
      if (key.isEmpty()) {
        throw new RejectedException(
            Rejection.KEY_NOT_BOUND,
            "/signatures/" + i + "/keyid",
            "keyid " + keyId + " names no key bound in the ledger nor added by this entry");
      }
      keys[i] = key.get();
    }
    // The envelope's signatures are in keyid order, as signerKeyIds() is.
    DsseEnvelope envelope = submission.envelope();
    byte[] pae = null;
    for (int i = 0; i < keys.length; i++) {
      DsseSignature signature = envelope.signatures().get(i);
      PreparedLeaf.Checked ahead = leaf.signatures().get(signature.keyId());
      String failure;
      if (ahead != null && ahead.key().equals(keys[i])) {
        failure = ahead.failure();
      } else {
        if (pae == null) {
          pae = Dsse.pae(envelope.payloadType(), envelope.payload().toByteArray());
        }
        failure = LeafStage.failure(cache.shared(keys[i]), pae, signature);
      }
      if (failure != null) {
        throw new RejectedException(
            Rejection.BAD_SIGNATURE,
            "/signatures/" + i + "/sig",
            "signature by keyid " + signature.keyId() + " does not verify: " + failure);
      }
    }
  }
}
