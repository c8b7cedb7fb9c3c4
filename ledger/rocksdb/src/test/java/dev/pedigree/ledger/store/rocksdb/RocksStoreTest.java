package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.AppendRefusedException;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.RemovalReason;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.StoredEntry;
import dev.pedigree.ledger.store.Tail;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class RocksStoreTest {
  @TempDir Path dir;

  @Test
  void open_emptyDirectory_createsEmptyStore() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      assertEquals(Optional.empty(), store.head());
      assertEquals(0, store.size());
      assertEquals(0, store.storedHashCount());
      assertEquals(Optional.empty(), store.leaf(0));
    }
  }

  @Test
  void append_thenReopen_keepsHeadLeavesAndHashes() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 10, 4);
    }
    try (RocksStore store = RocksStore.open(dir)) {
      assertEquals(Optional.of(new Head(10, Fixtures.root(10), Fixtures.checkpoint(10))),
          store.head());
      assertEquals(10, store.storedHashCount());
      for (long i = 0; i < 10; i++) {
        assertEquals(Optional.of(Fixtures.leaf(i)), store.leaf(i));
        assertEquals(Fixtures.id(i).hex(), "" + Fixtures.id(i));
        assertEquals(i, store.indexOf(Fixtures.id(i)).getAsLong());
      }
      assertEquals(Optional.empty(), store.leaf(10));
      assertEquals(List.of(Fixtures.digest("hash 9"), Fixtures.digest("hash 0")),
          store.readHashes(new long[] {9, 0}));
      assertEquals(List.of(), store.readHashes(new long[0]));
    }
  }

  @Test
  void readHashes_appendedThenReadAgain_sameHashesFromMemoryAndFromDisk() throws Exception {
    long[] indexes = {9, 0, 5, 9};
    List<Bytes> want = List.of(Fixtures.digest("hash 9"), Fixtures.digest("hash 0"),
        Fixtures.digest("hash 5"), Fixtures.digest("hash 9"));
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 10, 4);
      assertEquals(want, store.readHashes(indexes)); // held since the appends
    }
    try (RocksStore store = RocksStore.open(dir)) {
      assertEquals(want, store.readHashes(indexes)); // read from disk
      assertEquals(want, store.readHashes(indexes)); // held since the read
      StoreException e = assertThrows(StoreException.class,
          () -> store.readHashes(new long[] {3, 10}));
      assertTrue(e.getMessage().startsWith("stored hash 10 is missing from store "),
          e.getMessage());
    }
  }

  @Test
  void revocations_ofEntriesAppendedBeforeAndAfterOpening_sameAsTheIndex() throws Exception {
    LongFunction<EntryFacts> facts = i -> i < 3 ? Fixtures.release(i)
        : i == 4 ? EntryFacts.attestation("evals", Fixtures.id(1), List.of(Fixtures.SIGNER))
        : EntryFacts.revocation("acme", Fixtures.id(i == 6 ? 3 : 1), List.of(Fixtures.SIGNER));
    try (RocksStore store = RocksStore.open(dir)) {
      store.append(Fixtures.batch(0, 0, 4, facts));
      store.append(Fixtures.batch(4, 4, 2, facts));
      assertEquals(List.of(3L, 5L), store.revocations(Fixtures.id(1))); // held since appended
      assertEquals(List.of(), store.revocations(Fixtures.id(2)));
    }
    try (RocksStore store = RocksStore.open(dir)) {
      assertEquals(List.of(3L, 5L), store.revocations(Fixtures.id(1))); // read from disk
      store.append(Fixtures.batch(6, 6, 2, facts));
      assertEquals(List.of(3L, 5L, 7L), store.revocations(Fixtures.id(1))); // appended before
      assertEquals(List.of(6L), store.revocations(Fixtures.id(3)));
      assertEquals(List.of(), store.revocations(Fixtures.id(7)));
    }
  }

  @Test
  void append_emptyBatchOnEmptyStore_storesFirstCheckpoint() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      store.append(new AppendBatch(0, Fixtures.EMPTY_ROOT, Fixtures.checkpoint(0), List.of(), 0,
          List.of()));
      assertEquals(Optional.of(new Head(0, Fixtures.EMPTY_ROOT, Fixtures.checkpoint(0))),
          store.head());
    }
  }

  @Test
  void append_emptyBatchChangingRoot_refused() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 2, 2);
      AppendBatch resign = new AppendBatch(2, Fixtures.root(3), "other\n", List.of(), 2,
          List.of());
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(resign));
      assertEquals("batch of no entry changes the root to " + Fixtures.root(3) + ", want "
          + Fixtures.root(2), e.getMessage());
      assertEquals(Fixtures.checkpoint(2), store.head().get().checkpoint());
    }
  }

  @Test
  void append_nonContiguous_refusedAndStoreUnchanged() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 3, 3);
      AppendBatch gap = Fixtures.batch(4, 3, 2, Fixtures::release);
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(gap));
      assertEquals("batch starts at index 4, want the current size 3", e.getMessage());
      AppendBatch overlap = Fixtures.batch(2, 3, 2, Fixtures::release);
      e = assertThrows(AppendRefusedException.class, () -> store.append(overlap));
      assertEquals("batch starts at index 2, want the current size 3", e.getMessage());
      assertEquals(Optional.of(new Head(3, Fixtures.root(3), Fixtures.checkpoint(3))),
          store.head());
      assertEquals(Optional.empty(), store.leaf(4));
      assertTrue(store.indexOf(Fixtures.id(4)).isEmpty());
      assertEquals(3, store.storedHashCount());
    }
  }

  @Test
  void append_hashesNotAtCount_refused() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 3, 3);
      AppendBatch batch = Fixtures.batch(3, 5, 1, Fixtures::release);
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(batch));
      assertEquals("batch hashes start at stored index 5, want the current stored-hash count 3",
          e.getMessage());
      assertEquals(3, store.size());
    }
  }

  @Test
  void append_idAlreadyPresent_refusedWholeBatch() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 1, 1);
      // Entry 2 repeats the id of entry 0: nothing of the batch, not even entry 1, is written.
      AppendBatch batch = Fixtures.batch(1, 1, 2, Fixtures::release);
      List<StoredEntry> entries = new ArrayList<>(batch.entries());
      var second = entries.get(1);
      entries.set(1, new StoredEntry(2, Fixtures.id(0), second.leaf(),
          second.leafHash(), second.facts()));
      AppendBatch repeated = new AppendBatch(3, batch.root(), batch.checkpoint(), entries, 1,
          batch.hashes());
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(repeated));
      assertEquals("entry id " + Fixtures.id(0) + " is already at index 0; refusing it again at 2",
          e.getMessage());
      assertEquals(1, store.size());
      assertTrue(store.indexOf(Fixtures.id(1)).isEmpty());
    }
  }

  @Test
  void indexesOfAndSpellings_manyAtOnce_answerAsOneByOneBeforeAndAfterAnAppend()
      throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 2, 2);
      List<Bytes> ids = List.of(Fixtures.id(1), Fixtures.id(2), Fixtures.id(0), Fixtures.id(2));
      List<String> names = List.of("acme/model-2", "acme/model-0", "acme/model-2");
      assertEquals(List.of(OptionalLong.of(1), OptionalLong.empty(), OptionalLong.of(0),
          OptionalLong.empty()), store.indexesOf(ids));
      assertEquals(List.of(Optional.empty(), Optional.of("acme/Model_0"), Optional.empty()),
          store.spellings(names));
      assertTrue(store.indexOf(Fixtures.id(2)).isEmpty());
      assertTrue(store.modelVersion("acme/model-2", "1.0").isEmpty());
      assertEquals(List.of(), store.indexesOf(List.of()));
      store.append(Fixtures.batch(2, 2, 1, Fixtures::release));
      // The misses do not outlive the append.
      assertEquals(List.of(OptionalLong.of(1), OptionalLong.of(2), OptionalLong.of(0),
          OptionalLong.of(2)), store.indexesOf(ids));
      assertEquals(List.of(Optional.of("acme/Model_2"), Optional.of("acme/Model_0"),
          Optional.of("acme/Model_2")), store.spellings(names));
      assertEquals(2, store.modelVersion("acme/model-2", "1.0").getAsLong());
    }
  }

  @Test
  void append_keyAddedThenRemovedInOneBatch_theLaterBindingStands() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 1, 1);
      Bytes key = Fixtures.digest("key k");
      // Both entries write the key's binding: the batch's puts go in key order, the later last.
      store.append(Fixtures.batch(1, 1, 3, i -> i == 2
          ? EntryFacts.key("acme", List.of(), List.of(key), Optional.of(RemovalReason.ROTATED),
              List.of(Fixtures.SIGNER))
          : i == 1
              ? EntryFacts.key("acme", List.of(key), List.of(), Optional.empty(),
                  List.of(Fixtures.SIGNER))
              : Fixtures.release(i)));
      assertEquals(new KeyBinding(key, "acme", 1,
          Optional.of(new KeyBinding.Removal(2, RemovalReason.ROTATED))),
          store.keyBinding(key).orElseThrow());
      assertEquals(List.of(1L, 2L), store.keyEntries("acme"));
      assertEquals(3, store.modelVersion("acme/model-3", "1.0").getAsLong());
    }
  }

  @Test
  void modelVersion_ofARegisteredNameAfterOtherNamesMissed_readsTheStore() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 2, 2);
      // A miss of one name says nothing of another's versions, nor of a version of its own.
      assertEquals(Optional.empty(), store.spelling("acme/model-2"));
      assertEquals(1, store.modelVersion("acme/model-1", "1.0").getAsLong());
      assertTrue(store.modelVersion("acme/model-1", "2.0").isEmpty());
      assertTrue(store.modelVersion("acme/model-2", "1.0").isEmpty());
      assertEquals(Optional.of("acme/Model_1"), store.spelling("acme/model-1"));
      assertEquals(1, store.modelVersion("acme/model-1", "1.0").getAsLong());
      AppendBatch again = Fixtures.batch(2, 2, 1, i -> Fixtures.release(1));
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(again));
      assertEquals("acme/model-1@1.0 is already registered at index 1; refusing it at 2",
          e.getMessage());
    }
  }

  @Test
  void append_keysReadAbsentBefore_answersAndChecksSeeWhatItWrote() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 1, 1);
      // What the sequencer asks before it appends entry 1: all absent, and remembered so.
      assertTrue(store.indexOf(Fixtures.id(1)).isEmpty());
      assertEquals(Optional.empty(), store.spelling("acme/model-1"));
      assertTrue(store.modelVersion("acme/model-1", "1.0").isEmpty());
      assertTrue(store.indexOf(Fixtures.id(1)).isEmpty());
      store.append(Fixtures.batch(1, 1, 1, Fixtures::release));
      // No answer outlives the append.
      assertEquals(1, store.indexOf(Fixtures.id(1)).getAsLong());
      assertEquals(Optional.of("acme/Model_1"), store.spelling("acme/model-1"));
      assertEquals(1, store.modelVersion("acme/model-1", "1.0").getAsLong());
      AppendBatch sameName = Fixtures.batch(2, 2, 1, i -> Fixtures.release(1));
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(sameName));
      assertEquals("acme/model-1@1.0 is already registered at index 1; refusing it at 2",
          e.getMessage());
      StoredEntry first = Fixtures.batch(2, 2, 1, Fixtures::release).entries().get(0);
      StoredEntry sameId = new StoredEntry(2, Fixtures.id(1), first.leaf(), first.leafHash(),
          first.facts());
      AppendBatch repeated = new AppendBatch(3, Fixtures.root(3), Fixtures.checkpoint(3),
          List.of(sameId), 2, List.of(Fixtures.digest("hash 2")));
      e = assertThrows(AppendRefusedException.class, () -> store.append(repeated));
      assertEquals("entry id " + Fixtures.id(1) + " is already at index 1; refusing it again at 2",
          e.getMessage());
      assertEquals(2, store.size());
    }
  }

  @Test
  void append_nameVersionTaken_refused() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 1, 1);
      AppendBatch batch = Fixtures.batch(1, 1, 1, i -> Fixtures.release(0));
      StoreException e = assertThrows(AppendRefusedException.class, () -> store.append(batch));
      assertEquals("acme/model-0@1.0 is already registered at index 0; refusing it at 1",
          e.getMessage());
    }
  }

  @Test
  void open_futureFormatVersion_refused() throws Exception {
    RocksStore.open(dir).close();
    try (Handles handles = Handles.open(dir.toString(), false)) {
      handles.db.put(handles.cf(Family.META), Keys.META_FORMAT,
          ByteBuffer.allocate(4).putInt(2).array());
    }
    StoreException e = assertThrows(StoreException.class, () -> RocksStore.open(dir));
    assertEquals("store " + dir + " has format version 2, newer than this build reads (1): "
        + "upgrade Pedigree", e.getMessage());
  }

  @Test
  void open_nonEmptyDirectoryWithoutStore_refused() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    StoreException e = assertThrows(StoreException.class, () -> RocksStore.open(dir));
    assertEquals("directory " + dir + " is not empty and holds no Pedigree store; refusing to use "
        + "it", e.getMessage());
    assertEquals(List.of(dir.resolve("notes.txt")), Files.list(dir).toList());
  }

  @Test
  void open_otherRocksDatabase_refused() throws Exception {
    try (Options options = new Options().setCreateIfMissing(true);
        RocksDB db = RocksDB.open(options, dir.toString())) {
      db.put(new byte[] {1}, new byte[] {2});
    }
    StoreException e = assertThrows(StoreException.class, () -> RocksStore.open(dir));
    assertEquals("directory " + dir + " holds a RocksDB database without column family leaves: "
        + "not a Pedigree store", e.getMessage());
  }

  @Test
  void open_headBeyondLeaves_refusedAsDamaged() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 3, 3);
    }
    try (Handles handles = Handles.open(dir.toString(), false)) {
      handles.db.delete(handles.cf(Family.LEAVES), Keys.leaf(2));
    }
    StoreException e = assertThrows(StoreException.class, () -> RocksStore.open(dir));
    assertEquals("store " + dir + " is damaged: its head says 3 leaves, but leaf 2 is missing",
        e.getMessage());
  }

  @Test
  void readHashes_beyondCount_throws() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      Fixtures.appendReleases(store, 2, 2);
      StoreException e = assertThrows(StoreException.class,
          () -> store.readHashes(new long[] {0, 7}));
      assertEquals("stored hash 7 is missing from store " + dir + " (2 stored hashes)",
          e.getMessage());
    }
  }

  @Test
  void tail_returnsHeadAndLastLeaves() throws Exception {
    try (RocksStore store = RocksStore.open(dir)) {
      assertEquals(Optional.empty(), store.tail(4));
      Fixtures.appendReleases(store, 6, 6);
      Tail tail = store.tail(4).orElseThrow();
      assertEquals(2, tail.firstIndex());
      assertEquals(List.of(Fixtures.leaf(2), Fixtures.leaf(3), Fixtures.leaf(4), Fixtures.leaf(5)),
          tail.leaves());
      assertEquals(6, tail.head().treeSize());
      assertEquals(0, store.tail(10).orElseThrow().firstIndex());
    }
  }

  @Test
  void close_thenCall_throws() throws Exception {
    RocksStore store = RocksStore.open(dir);
    store.close();
    store.close();
    StoreException e = assertThrows(StoreException.class, store::size);
    assertEquals("store " + dir + " is closed", e.getMessage());
    // Every native handle, the database lock included, was released: it opens again.
    try (RocksStore again = RocksStore.open(dir)) {
      assertEquals(0, again.size());
    }
  }
}
