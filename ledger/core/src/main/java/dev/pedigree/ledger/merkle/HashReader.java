package dev.pedigree.ledger.merkle;

import java.util.List;

/**
 * Reads stored hashes by their {@link StoredHashIndex} (as Go's {@code tlog.HashReader}). Proofs
 * and roots at any past size need only O(log n) of them, asked for in one batch.
 */
public interface HashReader {
  /**
   * Returns the hashes at these stored-hash indexes, in the same order, one 32-byte array per
   * index. Implementations may run faster when the indexes are sorted; they MUST return exactly
   * one hash per index or throw.
   *
   * @throws HashReadException when a hash is missing or the storage fails
   */
  List<byte[]> readHashes(long[] indexes) throws HashReadException;
}
