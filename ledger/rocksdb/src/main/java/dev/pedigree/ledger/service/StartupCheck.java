package dev.pedigree.ledger.service;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.ChainVerifier;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointException;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteVerifierKey;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.lineage.StoreHashReader;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.StoredHashIndex;
import dev.pedigree.ledger.merkle.TreeHashes;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.Tail;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger re-verifies before serving (DESIGN B4): the last leaves chain to each other and
 * to the leaf before them, their stored leaf hashes are their hashes, the stored tree hashes to the
 * head's root, and the head's checkpoint is the log key's signature over that size and root.
 */
final class StartupCheck {
  static final int TAIL = 1000;

  private StartupCheck() {}

  static void verify(Store store, NoteVerifierKey logKey) throws LedgerException, StoreException {
    Optional<Tail> read = store.tail(TAIL);
    if (read.isEmpty()) {
      return;
    }
    Tail tail = read.get();
    Head head = tail.head();
    checkCheckpoint(head, logKey);
    long first = tail.firstIndex();
    ChainVerifier chain = first == 0 ? ChainVerifier.fromGenesis() : after(store, first);
    List<Bytes> leaves = tail.leaves();
    long[] hashIndexes = new long[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      hashIndexes[i] = StoredHashIndex.of(0, first + i);
    }
    List<Bytes> stored = leaves.isEmpty() ? List.of() : store.readHashes(hashIndexes);
    for (int i = 0; i < leaves.size(); i++) {
      long index = first + i;
      byte[] leaf = leaves.get(i).toByteArray();
      try {
        chain.accept(leaf);
      } catch (ChainException e) {
        throw refused(index, e.getMessage());
      }
      Bytes want = Bytes.copyOf(Merkle.leafHash(leaf));
      if (!stored.get(i).equals(want)) {
        throw refused(index, "stored leaf hash " + stored.get(i).hex() + ", want " + want.hex());
      }
    }
    Bytes root;
    try {
      root = Bytes.copyOf(TreeHashes.treeHash(head.treeSize(), new StoreHashReader(store)));
    } catch (HashReadException e) {
      throw new LedgerException("store refused: the tree of size " + head.treeSize()
          + " cannot be hashed: " + e.getMessage(), e);
    }
    if (!root.equals(head.root())) {
      throw new LedgerException("store refused: the stored hashes give root " + root.hex()
          + " for size " + head.treeSize() + ", the head says " + head.root().hex());
    }
  }

  private static void checkCheckpoint(Head head, NoteVerifierKey logKey) throws LedgerException {
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoints.open(head.checkpoint(), logKey);
    } catch (CheckpointException e) {
      throw new LedgerException("store refused: its checkpoint does not verify with "
          + logKey.label() + ": " + e.getMessage(), e);
    }
    if (checkpoint.size() != head.treeSize() || !checkpoint.root().equals(head.root())) {
      throw new LedgerException("store refused: its checkpoint is of size " + checkpoint.size()
          + " root " + checkpoint.root().hex() + ", the head of size " + head.treeSize()
          + " root " + head.root().hex());
    }
  }

  private static ChainVerifier after(Store store, long first) throws LedgerException,
      StoreException {
    long index = first - 1;
    Bytes leaf = store.leaf(index).orElseThrow(() -> refused(index, "leaf is missing"));
    try {
      ChainRecord record = ChainRecord.parse(index, leaf.toByteArray());
      return ChainVerifier.after(first, Bytes.copyOf(Merkle.leafHash(leaf.toByteArray())),
          record.integratedTime());
    } catch (ChainException e) {
      throw refused(index, e.getMessage());
    }
  }

  private static LedgerException refused(long index, String why) {
    return new LedgerException("store refused: first bad index " + index + ": " + why);
  }
}
