package dev.pedigree.bench;

import dev.pedigree.ledger.merkle.ConsistencyProofs;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.InclusionProofs;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.MerkleVerificationException;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.merkle.TreeHashes;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inclusion and consistency proofs per second in a tree of 2^20 leaves held in a {@link
 * MemoryHashStore}: generation (stored-hash reads plus assembly) and verification, each at a
 * different random leaf or older size per call, drawn from a fixed set so the run is repeatable.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class ProofBench {
  static final long SIZE = 1L << 20;
  private static final int SAMPLES = 1024;

  private MemoryHashStore store;
  private byte[] root;
  private final long[] indexes = new long[SAMPLES];
  private final byte[][] leafHashes = new byte[SAMPLES][];
  private final List<?>[] inclusionProofs = new List<?>[SAMPLES];
  private final long[] oldSizes = new long[SAMPLES];
  private final byte[][] oldRoots = new byte[SAMPLES][];
  private final List<?>[] consistencyProofs = new List<?>[SAMPLES];
  private int next;

  @Setup(Level.Trial)
  public void fill() throws HashReadException, MerkleVerificationException {
    store = new MemoryHashStore();
    ByteBuffer leaf = ByteBuffer.allocate(Long.BYTES);
    for (long i = 0; i < SIZE; i++) {
      store.append(Merkle.leafHash(leaf.clear().putLong(i).array()));
    }
    root = TreeHashes.treeHash(SIZE, store);
    SplittableRandom random = new SplittableRandom(20);
    for (int i = 0; i < SAMPLES; i++) {
      indexes[i] = random.nextLong(SIZE);
      leafHashes[i] = Merkle.leafHash(leaf.clear().putLong(indexes[i]).array());
      inclusionProofs[i] = Proofs.inclusion(indexes[i], SIZE, store);
      oldSizes[i] = 1 + random.nextLong(SIZE - 1);
      oldRoots[i] = TreeHashes.treeHash(oldSizes[i], store);
      consistencyProofs[i] = Proofs.consistency(oldSizes[i], SIZE, store);
    }
    // A benchmark of proofs that do not verify would measure the failure path.
    for (int i = 0; i < SAMPLES; i++) {
      inclusionVerify();
      consistencyVerify();
    }
  }

  private int nextSample() {
    next = (next + 1) & (SAMPLES - 1);
    return next;
  }

  @Benchmark
  public List<byte[]> inclusionGenerate() throws HashReadException {
    return Proofs.inclusion(indexes[nextSample()], SIZE, store);
  }

  @Benchmark
  @SuppressWarnings("unchecked")
  public void inclusionVerify() throws MerkleVerificationException {
    int i = nextSample();
    InclusionProofs.verify(
        indexes[i], SIZE, leafHashes[i], (List<byte[]>) inclusionProofs[i], root);
  }

  @Benchmark
  public List<byte[]> consistencyGenerate() throws HashReadException {
    return Proofs.consistency(oldSizes[nextSample()], SIZE, store);
  }

  @Benchmark
  @SuppressWarnings("unchecked")
  public void consistencyVerify() throws MerkleVerificationException {
    int i = nextSample();
    ConsistencyProofs.verify(
        oldSizes[i], SIZE, oldRoots[i], root, (List<byte[]>) consistencyProofs[i]);
  }
}
