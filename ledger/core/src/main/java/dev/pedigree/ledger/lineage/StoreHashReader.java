package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.List;

/** The store's stored hashes as a Merkle {@link HashReader}: proofs are O(log n) point reads. */
public final class StoreHashReader implements HashReader {
  private final Store store;

  public StoreHashReader(Store store) {
    this.store = store;
  }

  @Override
  public List<byte[]> readHashes(long[] indexes) throws HashReadException {
    try {
      return store.readHashes(indexes).stream().map(Bytes::toByteArray).toList();
    } catch (StoreException e) {
      throw new HashReadException(e.getMessage(), e);
    }
  }
}
