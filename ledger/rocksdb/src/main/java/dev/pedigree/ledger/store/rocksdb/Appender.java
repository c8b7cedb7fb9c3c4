package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.AppendRefusedException;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * Turns one {@link AppendBatch} into one RocksDB {@link WriteBatch} after checking that it
 * continues the store: the batch is written whole, synced, or not at all; its puts go in key
 * order ({@link SortedPuts}). The checks protect the indexes from being overwritten; the ledger's
 * rules were checked by the sequencer before.
 */
final class Appender {
  private static final Bytes EMPTY_ROOT = Bytes.copyOf(Sha256.hash()); // RFC 6962 §2.1: MTH({})

  private final Handles handles;
  private final SortedPuts puts = new SortedPuts();
  /** Keys the store found absent since the last append: absent still, no need to read them. */
  private final Absences known;
  /** Key bindings changed by earlier entries of the same batch. */
  private final Map<Bytes, KeyBinding> bindings = new HashMap<>();
  /** Folded names first registered by earlier entries of the same batch. */
  private final Set<String> newNames = new HashSet<>();
  /** {@code folded@version} registered by earlier entries of the same batch. */
  private final Set<Version> newVersions = new HashSet<>();

  /** A folded name and a version, compared as a pair. */
  private record Version(String folded, String version) {}

  private Appender(Handles handles, Absences known) {
    this.handles = handles;
    this.known = known;
  }

  /**
   * Appends durably; the caller holds the writer lock, and {@code known} holds keys found absent
   * since the last append.
   */
  static void append(Handles handles, Optional<Head> head, long hashCount, AppendBatch append,
      Absences known) throws AppendRefusedException, RocksDBException {
    checkContinues(head, hashCount, append);
    Appender appender = new Appender(handles, known);
    appender.requireNewIds(append);
    for (StoredEntry entry : append.entries()) {
      appender.add(entry);
    }
    SortedPuts puts = appender.puts;
    byte[] checkpoint = append.checkpoint().getBytes(StandardCharsets.UTF_8);
    puts.put(Family.META, Keys.META_HEAD,
        Keys.concat(append.treeSize(), append.root(), checkpoint));
    puts.put(Family.META, Keys.META_HASH_COUNT,
        Keys.u64(append.firstHashIndex() + append.hashes().size()));
    long storedIndex = append.firstHashIndex();
    for (Bytes hash : append.hashes()) {
      puts.put(Family.HASHES, Keys.hash(storedIndex++), hash.toByteArray());
    }
    try (WriteBatch batch = puts.toWriteBatch(handles)) {
      handles.db.write(handles.syncWrites, batch);
    }
  }

  private static void checkContinues(Optional<Head> head, long hashCount, AppendBatch append)
      throws AppendRefusedException {
    long size = head.map(Head::treeSize).orElse(0L);
    if (append.firstIndex() != size) {
      throw new AppendRefusedException("batch starts at index " + append.firstIndex()
          + ", want the current size " + size);
    }
    if (append.firstHashIndex() != hashCount) {
      throw new AppendRefusedException("batch hashes start at stored index "
          + append.firstHashIndex() + ", want the current stored-hash count " + hashCount);
    }
    if (append.entries().isEmpty()) {
      Bytes want = head.map(Head::root).orElse(EMPTY_ROOT);
      if (!append.root().equals(want)) {
        throw new AppendRefusedException("batch of no entry changes the root to " + append.root()
            + ", want " + want);
      }
    }
  }

  /**
   * One multi-get for the ids not known to be absent: ids are unique within the batch (checked by
   * AppendBatch).
   */
  private void requireNewIds(AppendBatch append)
      throws AppendRefusedException, RocksDBException {
    List<StoredEntry> unknown = new ArrayList<>();
    List<byte[]> ids = new ArrayList<>();
    for (StoredEntry entry : append.entries()) {
      byte[] id = entry.id().toByteArray();
      if (!known.contains(Family.IDS, id)) {
        unknown.add(entry);
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      return; // RocksJava's multiGetAsList refuses an empty key list.
    }
    List<byte[]> found = handles.db.multiGetAsList(
        Collections.nCopies(ids.size(), handles.cf(Family.IDS)), ids);
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i) != null) {
        StoredEntry entry = unknown.get(i);
        throw new AppendRefusedException("entry id " + entry.id() + " is already at index "
            + Keys.u64(found.get(i), 0) + "; refusing it again at " + entry.index());
      }
    }
  }

  /** The value of a key the batch's checks need, without a read when it is known absent. */
  private byte[] get(Family family, byte[] key) throws RocksDBException {
    return known.contains(family, key) ? null : handles.db.get(handles.cf(family), key);
  }

  private void add(StoredEntry entry) throws AppendRefusedException, RocksDBException {
    long index = entry.index();
    EntryFacts facts = entry.facts();
    byte[] id = entry.id().toByteArray();
    puts.put(Family.LEAVES, Keys.leaf(index), entry.leaf().toByteArray());
    puts.put(Family.IDS, id, Keys.u64(index));
    if (facts.model().isPresent()) {
      addModel(entry, id, facts.model().get());
    }
    for (ParentLink parent : facts.parents()) {
      puts.put(Family.CHILDREN, Keys.idIndex(parent.id().toByteArray(), index,
          Keys.EMPTY), Keys.concat(id, Keys.ascii(parent.relation())));
    }
    if (facts.target().isPresent()) {
      byte kind = facts.kind() == Kind.REVOCATION ? Keys.REVOCATION : Keys.ATTESTATION;
      puts.put(Family.TARGETS, Keys.concat(facts.target().get(), kind, index),
          Keys.EMPTY);
    }
    for (Bytes signer : facts.signers()) {
      puts.put(Family.KEYS, Keys.signedBy(signer.toByteArray(), index), Keys.EMPTY);
    }
    if (!facts.keysAdded().isEmpty() || !facts.keysRemoved().isEmpty()) {
      addKeyEntry(index, facts);
    }
  }

  private void addModel(StoredEntry entry, byte[] id, ModelName name)
      throws AppendRefusedException, RocksDBException {
    long index = entry.index();
    // Each text's bytes once: the name is in four keys.
    byte[] folded = Keys.ascii(name.folded());
    byte[] version = Keys.ascii(name.version());
    byte[] versionKey = Keys.modelVersion(folded, version);
    if (!newVersions.add(new Version(name.folded(), name.version()))) {
      throw new AppendRefusedException(name.folded() + "@" + name.version()
          + " twice in one batch; refusing it again at " + index);
    }
    byte[] taken = get(Family.NAMES, versionKey);
    if (taken != null) {
      throw new AppendRefusedException(name.folded() + "@" + name.version()
          + " is already registered at index " + Keys.u64(taken, 0) + "; refusing it at " + index);
    }
    puts.put(Family.NAMES, versionKey, Keys.u64(index));
    puts.put(Family.NAMES, Keys.version(folded, index), version);
    byte[] spellingKey = Keys.spelling(folded);
    if (!newNames.contains(name.folded())
        && get(Family.NAMES, spellingKey) == null) {
      // DESIGN A5: the first spelling is the one later entries must repeat.
      newNames.add(name.folded());
      byte[] spelling = Keys.ascii(name.spelling());
      puts.put(Family.NAMES, spellingKey, spelling);
      puts.put(Family.NAMESPACES,
          Keys.model(Keys.ascii(entry.facts().namespace()), folded), spelling);
    }
    for (FileDigest file : entry.facts().files()) {
      puts.put(Family.DIGESTS, Keys.idIndex(file.sha256().toByteArray(), index,
          file.path().getBytes(StandardCharsets.UTF_8)), id);
    }
  }

  private void addKeyEntry(long index, EntryFacts facts)
      throws AppendRefusedException, RocksDBException {
    String namespace = facts.namespace();
    puts.put(Family.KEYS, Keys.concat(Keys.keyEntriesPrefix(namespace), index),
        Keys.EMPTY);
    for (Bytes keyId : facts.keysAdded()) {
      Optional<KeyBinding> bound = binding(keyId);
      if (bound.isPresent()) {
        throw new AppendRefusedException("key entry " + index + " adds key " + keyId
            + ", already bound to " + bound.get().namespace() + " at index "
            + bound.get().boundAt() + " (a key belongs to one namespace, ever)");
      }
      put(new KeyBinding(keyId, namespace, index, Optional.empty()));
    }
    for (Bytes keyId : facts.keysRemoved()) {
      Optional<KeyBinding> bound = binding(keyId);
      if (bound.isEmpty() || !bound.get().namespace().equals(namespace)
          || bound.get().removal().isPresent()) {
        throw new AppendRefusedException("key entry " + index + " removes key " + keyId
            + ", which is not bound to " + namespace);
      }
      KeyBinding.Removal removal = new KeyBinding.Removal(index, facts.removalReason().get());
      put(new KeyBinding(keyId, namespace, bound.get().boundAt(), Optional.of(removal)));
    }
  }

  private Optional<KeyBinding> binding(Bytes keyId) throws RocksDBException {
    KeyBinding pending = bindings.get(keyId);
    if (pending != null) {
      return Optional.of(pending);
    }
    byte[] value = get(Family.KEYS, Keys.binding(keyId));
    return value == null ? Optional.empty() : Optional.of(KeyBindings.decode(keyId, value));
  }

  private void put(KeyBinding binding) throws RocksDBException {
    bindings.put(binding.keyId(), binding);
    puts.put(Family.KEYS, Keys.binding(binding.keyId()),
        KeyBindings.encode(binding));
  }
}
