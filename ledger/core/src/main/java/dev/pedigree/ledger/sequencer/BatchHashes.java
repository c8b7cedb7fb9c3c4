package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored hashes of the store plus those a batch adds, in tlog's dense layout (the batch's run
 * starts at the store's stored-hash count): what {@code StoredHashes} and {@code TreeHashes} read
 * while a batch is built.
 */
final class BatchHashes implements HashReader {
  private final Store store;
  private final long firstIndex;
  private final List<byte[]> added = new ArrayList<>();

  BatchHashes(Store store, long firstIndex) {
    this.store = store;
    this.firstIndex = firstIndex;
  }

  void addAll(List<byte[]> hashes) {
    added.addAll(hashes);
  }

  /** The hashes added so far, in stored-hash order. */
  List<Bytes> added() {
    List<Bytes> copies = new ArrayList<>(added.size());
    for (byte[] hash : added) {
      copies.add(Bytes.copyOf(hash));
    }
    return copies;
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
