package dev.pedigree.ledger.chain;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.Merkle;

/**
 * Checks a sequence of leaves as a hash chain (DESIGN A3), one leaf at a time, in constant memory:
 * each record's {@code index} is its position, its {@code prev} is the leaf hash of the record
 * before, and integrated times never decrease. Not thread-safe.
 */
public final class ChainVerifier {
  private long next;
  private Bytes prevLeafHash;
  private IntegratedTime lastTime;

  private ChainVerifier(long next, Bytes prevLeafHash, IntegratedTime lastTime) {
    this.next = next;
    this.prevLeafHash = prevLeafHash;
    this.lastTime = lastTime;
  }

  /** A verifier expecting the record at index 0. */
  public static ChainVerifier fromGenesis() {
    return new ChainVerifier(0, ChainRecord.GENESIS_PREV, null);
  }

  /**
   * A verifier that continues after a known record.
   *
   * @param next the index of the next record
   * @param prevLeafHash the leaf hash of record {@code next - 1}
   * @param lastTime its integrated time
   */
  public static ChainVerifier after(long next, Bytes prevLeafHash, IntegratedTime lastTime) {
    return new ChainVerifier(next, prevLeafHash, lastTime);
  }

  /**
   * Checks the next leaf and returns its record. If no exception is thrown, the leaf links to the
   * ones before.
   *
   * @throws ChainException naming the index and what does not link
   */
  public ChainRecord accept(byte[] leaf) throws ChainException {
    ChainRecord record = ChainRecord.parse(next, leaf);
    accept(record, Bytes.copyOf(Merkle.leafHash(leaf)));
    return record;
  }

  /**
   * Links the next record, already parsed and hashed (by workers ahead of this in-order check).
   * If no exception is thrown, the record links to the ones before.
   *
   * @param leafHash the RFC 6962 leaf hash of the record's leaf bytes
   * @throws ChainException naming the index and what does not link
   */
  public void accept(ChainRecord record, Bytes leafHash) throws ChainException {
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

  /** The index of the next record expected. */
  public long next() {
    return next;
  }

  /** The leaf hash of the last record accepted (or the genesis {@code prev}). */
  public Bytes lastLeafHash() {
    return prevLeafHash;
  }
}
