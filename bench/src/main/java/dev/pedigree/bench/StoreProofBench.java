package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.lineage.StoreHashReader;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.merkle.TreeHashes;
import dev.pedigree.ledger.store.AppendBatch;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.StoredEntry;
import dev.pedigree.ledger.store.rocksdb.RocksStore;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Inclusion-proof latency from a RocksDB store of 10^6 leaves. The leaves are synthetic (the store
 * never parses them and proofs only read stored hashes), appended in batches of 10,000.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar dev.pedigree.bench.StoreProofBench [leaves]}
 */
public final class StoreProofBench {
  private StoreProofBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryHashStore memory = new MemoryHashStore();
    Bytes signer = Bytes.copyOf(Sha256.hash("signer".getBytes(StandardCharsets.UTF_8)));
    Bytes target = Bytes.copyOf(Sha256.hash("target".getBytes(StandardCharsets.UTF_8)));
    try (TempDir dir = TempDir.create("pedigree-proofs");
        RocksStore store = RocksStore.open(dir.path())) {
      long start = System.nanoTime();
      for (int from = 0; from < n; from += 10_000) {
        int to = Math.min(n, from + 10_000);
        long hashStart = memory.storedHashCount();
        List<StoredEntry> entries = new ArrayList<>();
        for (int i = from; i < to; i++) {
          byte[] leaf = ("{\"leaf\":" + i + "}").getBytes(StandardCharsets.UTF_8);
          byte[] leafHash = Merkle.leafHash(leaf);
          memory.append(leafHash);
          Bytes id = Bytes.copyOf(Sha256.hash(ByteBuffer.allocate(8).putLong(i).array()));
          entries.add(new StoredEntry(i, id, Bytes.copyOf(leaf), Bytes.copyOf(leafHash),
              EntryFacts.attestation("bench", target, List.of(signer))));
        }
        List<Bytes> hashes = new ArrayList<>();
        for (long h = hashStart; h < memory.storedHashCount(); h++) {
          hashes.add(Bytes.copyOf(memory.hash(h)));
        }
        Bytes root = Bytes.copyOf(TreeHashes.treeHash(to, memory));
        store.append(new AppendBatch(to, root, "bench\n" + to + "\n" + root.base64() + "\n",
            entries, hashStart, hashes));
      }
      System.out.printf("appended %d leaves in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
      StoreHashReader reader = new StoreHashReader(store);
      Random random = new Random(1);
      int samples = 20_000;
      long[] nanos = new long[samples];
      for (int i = 0; i < samples; i++) {
        long index = (long) (random.nextDouble() * n);
        long t = System.nanoTime();
        List<byte[]> proof = Proofs.inclusion(index, n, reader);
        nanos[i] = System.nanoTime() - t;
        if (i == 0 && !Arrays.equals(proof.get(0), Proofs.inclusion(index, n, memory).get(0))) {
          throw new AssertionError("proof from the store differs from the memory proof");
        }
      }
      Arrays.sort(nanos);
      System.out.printf("inclusion proof at size %d: median %.1f us, p99 %.1f us (%d samples)%n",
          n, nanos[samples / 2] / 1e3, nanos[samples * 99 / 100] / 1e3, samples);
    }
  }
}
