package dev.pedigree.ledger.intake;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.chain.LeafPrefix;
import dev.pedigree.ledger.crypto.Bytes;

/** Builds the leaf bytes of an accepted submission: its record in JCS form (DESIGN A3). */
public final class Records {
  /** DESIGN A3: a record is at most 65,535 bytes, so that tlog-tiles can serve every entry. */
  public static final int MAX_LEAF_BYTES = ChainRecord.MAX_LEAF_BYTES;

  private Records() {}

  /**
   * The leaf bytes of {@code submission} at {@code index}: {@code {"envelope": <normalised>,
   * "index", "integratedTime", "prev"}} in JCS form, {@code prev} being the RFC 6962 leaf hash of
   * the leaf before ({@link ChainRecord#GENESIS_PREV} for index 0).
   *
   * @throws RejectedException {@link Rejection#TOO_LARGE} when the record exceeds {@link
   *     #MAX_LEAF_BYTES}
   */
  public static byte[] leafFor(
      Submission submission, long index, IntegratedTime integratedTime, Bytes prevLeafHash)
      throws RejectedException {
    return limited(
        new ChainRecord(submission.envelope(), index, integratedTime, prevLeafHash).leafBytes());
  }

  /**
   * {@link #leafFor(Submission, long, IntegratedTime, Bytes)} for the submission whose envelope
   * {@code prefix} is of, from the prefix written already.
   *
   * @throws RejectedException {@link Rejection#TOO_LARGE} when the record exceeds {@link
   *     #MAX_LEAF_BYTES}
   */
  public static byte[] leafFor(
      LeafPrefix prefix, long index, IntegratedTime integratedTime, Bytes prevLeafHash)
      throws RejectedException {
    return limited(prefix.leafBytes(index, integratedTime, prevLeafHash));
  }

  private static byte[] limited(byte[] leaf) throws RejectedException {
    if (leaf.length > MAX_LEAF_BYTES) {
      throw new RejectedException(
          Rejection.TOO_LARGE,
          null,
          "record of " + leaf.length + " bytes, want at most " + MAX_LEAF_BYTES);
    }
    return leaf;
  }
}
