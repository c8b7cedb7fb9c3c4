package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.ChildVisitor;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.LeafVisitor;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import dev.pedigree.ledger.store.Tail;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A real store whose next appends fail while {@link #failing} is set, as a full disk would. */
final class FailingStore implements Store {
  private final Store store;
  volatile boolean failing;

  FailingStore(Store store) {
    this.store = store;
  }

  @Override
  public void append(AppendBatch batch) throws StoreException {
    if (failing) {
      throw new StoreException("injected write failure");
    }
    store.append(batch);
  }

  // Everything else reads the real store.
  @Override public Optional<Head> head() throws StoreException { return store.head(); }
  @Override public long size() throws StoreException { return store.size(); }
  @Override public long storedHashCount() throws StoreException { return store.storedHashCount(); }
  @Override public Optional<Bytes> leaf(long i) throws StoreException { return store.leaf(i); }

  @Override
  public List<Bytes> leaves(long from, long to) throws StoreException {
    return store.leaves(from, to);
  }

  @Override
  public <X extends Exception> void forEachLeaf(long from, long to, LeafVisitor<X> visitor)
      throws StoreException, X {
    store.forEachLeaf(from, to, visitor);
  }

  @Override
  public List<Bytes> readHashes(long[] indexes) throws StoreException {
    return store.readHashes(indexes);
  }

  @Override public Optional<Tail> tail(int count) throws StoreException { return store.tail(count); }
  @Override public OptionalLong indexOf(Bytes id) throws StoreException { return store.indexOf(id); }

  @Override
  public Page<DigestHit> entriesWithDigest(Bytes sha256, Optional<String> cursor, int limit)
      throws StoreException {
    return store.entriesWithDigest(sha256, cursor, limit);
  }

  @Override
  public Page<ChildLink> children(Bytes parentId, Optional<String> cursor, int limit)
      throws StoreException {
    return store.children(parentId, cursor, limit);
  }

  @Override
  public <X extends Exception> void forEachChild(List<Bytes> parentIds, ChildVisitor<X> visitor)
      throws StoreException, X {
    store.forEachChild(parentIds, visitor);
  }

  @Override
  public long childCount(Bytes parentId) throws StoreException {
    return store.childCount(parentId);
  }

  @Override
  public Page<Long> attestations(Bytes targetId, Optional<String> cursor, int limit)
      throws StoreException {
    return store.attestations(targetId, cursor, limit);
  }

  @Override
  public List<Long> revocations(Bytes targetId) throws StoreException {
    return store.revocations(targetId);
  }

  @Override
  public OptionalLong modelVersion(String folded, String version) throws StoreException {
    return store.modelVersion(folded, version);
  }

  @Override
  public Optional<String> spelling(String folded) throws StoreException {
    return store.spelling(folded);
  }

  @Override
  public Page<ModelVersion> versions(String folded, Optional<String> cursor, int limit)
      throws StoreException {
    return store.versions(folded, cursor, limit);
  }

  @Override
  public Page<ModelListing> models(String namespace, Optional<String> cursor, int limit)
      throws StoreException {
    return store.models(namespace, cursor, limit);
  }

  @Override
  public List<Long> keyEntries(String namespace) throws StoreException {
    return store.keyEntries(namespace);
  }

  @Override
  public OptionalLong latestKeyEntry(String namespace) throws StoreException {
    return store.latestKeyEntry(namespace);
  }

  @Override
  public Optional<KeyBinding> keyBinding(Bytes keyId) throws StoreException {
    return store.keyBinding(keyId);
  }

  @Override
  public Page<Long> entriesSignedBy(Bytes keyId, Optional<String> cursor, int limit)
      throws StoreException {
    return store.entriesSignedBy(keyId, cursor, limit);
  }

  @Override
  public void close() {
    store.close();
  }
}
