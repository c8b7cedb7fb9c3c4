package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Bytes;

/**
 * The in-order half of {@code ChainVerifier} for records parsed and hashed ahead by workers: each
 * record's index is its position, its {@code prev} the leaf hash before, and integrated times never
 * decrease (DESIGN A3). Same checks, same messages. Not thread-safe.
 */
final class ChainLink {
  private long next;
  private Bytes prevLeafHash = ChainRecord.GENESIS_PREV;
  private IntegratedTime lastTime;

  /**
   * Links the next record, whose leaf hashes to {@code leafHash}.
   *
   * @throws ChainException naming the index and what does not link
   */
  void accept(ChainRecord record, Bytes leafHash) throws ChainException {
    if (record.index() != next) {
      throw new ChainException(next, "record says index " + record.index() + ", want " + next);
    }
    if (!record.prev().equals(prevLeafHash)) {
      throw new ChainException(
          next, "prev " + record.prev().hex() + " does not link: want " + prevLeafHash.hex());
    }
    if (lastTime != null && record.integratedTime().compareTo(lastTime) < 0) {
      throw new ChainException(
          next, "integratedTime " + record.integratedTime() + " is before " + lastTime);
    }
    prevLeafHash = leafHash;
    lastTime = record.integratedTime();
    next++;
  }
}
