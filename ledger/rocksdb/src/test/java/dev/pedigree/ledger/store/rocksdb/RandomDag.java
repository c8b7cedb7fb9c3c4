package dev.pedigree.ledger.store.rocksdb;

import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.StoreException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A log planned in advance: entry i is a release (one in five) or names one to three earlier
 * entries as parents, mostly recent ones so that chains grow deep, with merges of several parents
 * (diamonds). Counts descendants by brute force over the plan.
 */
final class RandomDag {
  final int[][] parents;

  RandomDag(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    parents = new int[n][];
    for (int i = 0; i < n; i++) {
      if (i == 0 || random.nextInt(5) == 0) {
        parents[i] = new int[0];
        continue;
      }
      int k = 1 + random.nextInt(3);
      int[] p = new int[k];
      for (int j = 0; j < k; j++) {
        // Half of the parents from the last 20 entries, the rest from anywhere before.
        p[j] = random.nextBoolean() ? Math.max(0, i - 1 - random.nextInt(20)) : random.nextInt(i);
      }
      parents[i] = p; // a parent named twice is one edge in the children index
    }
  }

  int size() {
    return parents.length;
  }

  /** Descendants of {@code root} among entries below {@code size}, each once. */
  long count(int root, long size) {
    BitSet reached = new BitSet();
    reached.set(root);
    long count = 0;
    for (int i = root + 1; i < size; i++) {
      for (int p : parents[i]) {
        if (reached.get(p)) {
          reached.set(i);
          count++;
          break;
        }
      }
    }
    return count;
  }

  EntryFacts facts(long index) {
    int[] p = parents[(int) index];
    List<ParentLink> links = new ArrayList<>();
    for (int parent : p) {
      ParentLink link = new ParentLink(Fixtures.id(parent), p.length > 1 ? "merge" : "finetune");
      if (links.stream().noneMatch(l -> l.id().equals(link.id()))) {
        links.add(link);
      }
    }
    return EntryFacts.model(links.isEmpty() ? Kind.RELEASE : Kind.DERIVATION, "acme",
        new ModelName("acme/m-" + index, "acme/m-" + index, "1.0"),
        List.of(new FileDigest("w.bin", Fixtures.digest("w " + index))), links,
        List.of(Fixtures.SIGNER));
  }

  /** Appends the planned entries from the store's size up to {@code to}, {@code batch} a time. */
  void appendUpTo(RocksStore store, long to, int batch) throws StoreException {
    while (store.size() < to) {
      int n = (int) Math.min(batch, to - store.size());
      store.append(Fixtures.batch(store.size(), store.storedHashCount(), n, this::facts));
    }
  }
}
