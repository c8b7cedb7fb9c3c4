package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored hashes of the store, of the batch being written if there is one, and those a batch
 * adds, in tlog's dense layout (each batch's run starts where the one before it ends): what {@code
 * StoredHashes} and {@code TreeHashes} read while a batch is built.
 */
final class BatchHashes implements HashReader {
  private final Store store;
  private final Optional<AppendBatch> pending;
  private final long firstIndex;
  private final List<byte[]> added = new ArrayList<>();

  /**
   * Hashes from {@code firstIndex} on are the batch's; below it, those of {@code pending} (not yet
   * durable, so perhaps not in the store yet) and below those the store's.
   */
  BatchHashes(Store store, Optional<AppendBatch> pending, long firstIndex) {
    this.store = store;
    this.pending = pending;
    this.firstIndex = firstIndex;
  }

  void addAll(List<byte[]> hashes) {
    added.addAll(hashes);
  }

  /** The hashes added so far, in stored-hash order. */
  List<Bytes> added() {
    return added.stream().map(Bytes::copyOf).toList();
  }

  @Override
  public List<byte[]> readHashes(long[] indexes) throws HashReadException {
    byte[][] out = new byte[indexes.length][];
    List<Integer> fromStore = new ArrayList<>();
    for (int i = 0; i < indexes.length; i++) {
      long at = indexes[i] - firstIndex;
      if (at >= 0) {
        if (at >= added.size()) {
          throw new HashReadException("stored hash " + indexes[i] + " is beyond the batch, which "
              + "ends at " + (firstIndex + added.size()));
        }
        out[i] = added.get((int) at);
      } else if (pending.isPresent() && indexes[i] >= pending.get().firstHashIndex()) {
        out[i] = pending.get().hashes()
            .get((int) (indexes[i] - pending.get().firstHashIndex())).toByteArray();
      } else {
        fromStore.add(i);
      }
    }
    if (!fromStore.isEmpty()) {
      long[] storeIndexes = fromStore.stream().mapToLong(i -> indexes[i]).toArray();
      List<Bytes> read;
      try {
        read = store.readHashes(storeIndexes);
      } catch (StoreException e) {
        throw new HashReadException(e.getMessage(), e);
      }
      for (int k = 0; k < fromStore.size(); k++) {
        out[fromStore.get(k)] = read.get(k).toByteArray();
      }
    }
    return List.of(out);
  }
}
