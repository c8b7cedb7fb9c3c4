package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.lineage.EntryReader;
import dev.pedigree.ledger.lineage.StoredRecord;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.List;
import java.util.Optional;

/** Loads the sequencer's state from the store, creating the empty tree's checkpoint if needed. */
final class TreeStates {
  private TreeStates() {}

  static TreeState load(Store store, BatchBuilder builder) throws StoreException {
    Optional<Head> head = store.head();
    if (head.isEmpty()) {
      // DESIGN A6: an empty log has a signed checkpoint of size 0.
      Bytes root = Bytes.copyOf(Merkle.emptyRoot());
      String checkpoint = builder.sign(0, root);
      store.append(new AppendBatch(0, root, checkpoint, List.of(), 0, List.of()));
      return new TreeState(0, 0, root, checkpoint, ChainRecord.GENESIS_PREV, Optional.empty());
    }
    Head h = head.get();
    if (h.treeSize() == 0) {
      return new TreeState(
          0, 0, h.root(), h.checkpoint(), ChainRecord.GENESIS_PREV, Optional.empty());
    }
    long last = h.treeSize() - 1;
    StoredRecord record = new EntryReader(store).at(last).orElseThrow(
        () -> new StoreException("tree of size " + h.treeSize() + " has no leaf " + last));
    return new TreeState(
        h.treeSize(),
        store.storedHashCount(),
        h.root(),
        h.checkpoint(),
        Bytes.copyOf(Merkle.leafHash(record.leaf().toByteArray())),
        Optional.of(record.record().integratedTime()));
  }
}
