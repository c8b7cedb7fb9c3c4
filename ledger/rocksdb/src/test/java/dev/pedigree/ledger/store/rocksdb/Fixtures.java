package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.StoredEntry;
import dev.pedigree.ledger.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Synthetic entries and batches. Leaves, hashes and roots are arbitrary but deterministic bytes:
 * the store only stores them.
 */
final class Fixtures {
  static final Bytes SIGNER = digest("signer key");
  static final Bytes EMPTY_ROOT = Bytes.copyOf(Sha256.hash());

  private Fixtures() {}

  static Bytes digest(String text) {
    return Bytes.copyOf(Sha256.hash(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Bytes id(long index) {
    return digest("entry " + index);
  }

  static Bytes leaf(long index) {
    return Bytes.copyOf(("{\"index\":" + index + "}").getBytes(StandardCharsets.UTF_8));
  }

  static Bytes root(long size) {
    return size == 0 ? EMPTY_ROOT : digest("root " + size);
  }

  static String checkpoint(long size) {
    return "localhost/pedigree/test\n" + size + "\n" + root(size).base64() + "\n\n— sig\n";
  }

  /** A release of {@code acme/model-<index>} version 1.0 with one file. */
  static EntryFacts release(long index) {
    return EntryFacts.model(Kind.RELEASE, "acme",
        new ModelName("acme/Model_" + index, "acme/model-" + index, "1.0"),
        List.of(new FileDigest("model.safetensors", digest("file " + index))), List.of(),
        List.of(SIGNER));
  }

  static StoredEntry entry(long index, EntryFacts facts) {
    Bytes leaf = leaf(index);
    byte[] leafHash = Sha256.hash(new byte[] {0}, leaf.toByteArray());
    return new StoredEntry(index, id(index), leaf, Bytes.copyOf(leafHash), facts);
  }

  /**
   * The batch of {@code count} entries after {@code size}, facts made by {@code facts}, with one
   * stored hash per entry after {@code hashCount}.
   */
  static AppendBatch batch(long size, long hashCount, int count, LongFunction<EntryFacts> facts) {
    List<StoredEntry> entries = new ArrayList<>();
    List<Bytes> hashes = new ArrayList<>();
    for (long i = size; i < size + count; i++) {
      entries.add(entry(i, facts.apply(i)));
      hashes.add(digest("hash " + (hashCount + i - size)));
    }
    long newSize = size + count;
    return new AppendBatch(newSize, root(newSize), checkpoint(newSize), entries, hashCount,
        hashes);
  }

  /** Appends {@code count} releases in batches of {@code batchSize}. */
  static void appendReleases(RocksStore store, int count, int batchSize) throws StoreException {
    for (int done = 0; done < count; done += batchSize) {
      int n = Math.min(batchSize, count - done);
      store.append(batch(store.size(), store.storedHashCount(), n, Fixtures::release));
    }
  }
}
