package dev.pedigree.ledger.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.rules.LedgerView;
import dev.pedigree.ledger.store.Head;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Builds an entry's bundle (DESIGN A7) from the store: the entry, the key entries of every
 * namespace a verifier must replay, and the entry's revocations, each with its inclusion proof
 * against the same latest checkpoint.
 */
public final class Bundles {
  public static final String MEDIA_TYPE = "application/vnd.pedigree.bundle.v1+json";

  private final Store store;
  private final LedgerView view;
  private final StoreHashReader hashes;

  public Bundles(Store store, LedgerView view) {
    this.store = store;
    this.view = view;
    this.hashes = new StoreHashReader(store);
  }

  /** The bundle of the entry with this id as JSON text, empty when the id is not in the log. */
  public Optional<String> bundle(String id) throws StoreException {
    Optional<ObjectNode> tree = tree(id);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(tree.get()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings cannot fail to serialise", e);
    }
  }

  /** The bundle as a JSON tree. */
  public Optional<ObjectNode> tree(String id) throws StoreException {
    Optional<Bytes> key = EntryReader.idBytes(id);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    OptionalLong index = store.indexOf(key.get());
    if (index.isEmpty()) {
      return Optional.empty();
    }
    // Read the head after the index: the store's monotonic reads put the entry below its size.
    Head head = store.head().orElseThrow();
    long size = head.treeSize();
    TreeSet<String> namespaces = new TreeSet<>();
    namespaces.add(namespace(id));
    TreeSet<Long> revocations = new TreeSet<>();
    for (long r : store.revocations(key.get())) {
      if (r < size) {
        revocations.add(r);
        StoredRecord revocation = new EntryReader(store).at(r).orElseThrow();
        namespaces.add(namespace(revocation.id()));
      }
    }
    TreeSet<Long> keys = new TreeSet<>();
    for (String namespace : namespaces) {
      store.keyEntries(namespace).stream().filter(k -> k < size).forEach(keys::add);
    }
    ObjectNode bundle = Json.mapper().createObjectNode();
    bundle.put("mediaType", MEDIA_TYPE);
    bundle.set("entry", proved(index.getAsLong(), head));
    ArrayNode keyArray = bundle.putArray("keys");
    for (long k : keys) {
      keyArray.add(proved(k, head));
    }
    ArrayNode revocationArray = bundle.putArray("revocations");
    for (long r : revocations) {
      revocationArray.add(proved(r, head));
    }
    return Optional.of(bundle);
  }

  /** The signing namespace of an entry (for an attestation the attester's, DESIGN A5). */
  private String namespace(String id) throws StoreException {
    try {
      return view.entry(id).orElseThrow(() -> new StoreException("entry " + id + " vanished"))
          .namespace();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StoreException s) {
        throw s;
      }
      throw e;
    }
  }

  /** {@code {"leaf", "proof"}} of the entry at {@code index} against {@code head}. */
  private ObjectNode proved(long index, Head head) throws StoreException {
    Bytes leaf = store.leaf(index).orElseThrow(
        () -> new StoreException("no leaf at " + index + " below size " + head.treeSize()));
    List<Bytes> path;
    try {
      path = Proofs.inclusion(index, head.treeSize(), hashes).stream().map(Bytes::copyOf)
          .toList();
    } catch (HashReadException e) {
      throw new StoreException("inclusion proof of " + index + ": " + e.getMessage(), e);
    }
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("leaf", leaf.base64());
    node.put("proof", new TlogProof(index, path, head.checkpoint()).format());
    return node;
  }
}
