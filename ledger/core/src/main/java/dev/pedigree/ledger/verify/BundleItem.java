package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import java.util.Objects;

/** One leaf of a bundle with its offline inclusion proof (DESIGN A7 {@code {leaf, proof}}). */
public record BundleItem(Bytes leaf, TlogProof proof) {
  public BundleItem {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(proof, "proof");
    if (leaf.length() > ChainRecord.MAX_LEAF_BYTES) {
      throw new IllegalArgumentException(
          "leaf of " + leaf.length() + " bytes, at most " + ChainRecord.MAX_LEAF_BYTES);
    }
  }

  /** The index the proof claims for the leaf. */
  public long index() {
    return proof.index();
  }
}
