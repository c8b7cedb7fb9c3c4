package dev.pedigree.bench;

import dev.pedigree.ledger.merkle.Merkle;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** RFC 6962 leaf and node hashes per second. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class MerkleBench {
  /** About the size of a stored leaf: the golden release leaf is 1,381 bytes. */
  private final byte[] leaf = filled(1024, (byte) 'x');

  private final byte[] left = filled(Merkle.HASH_LENGTH, (byte) 1);
  private final byte[] right = filled(Merkle.HASH_LENGTH, (byte) 2);

  private static byte[] filled(int length, byte value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, value);
    return bytes;
  }

  /** SHA-256(0x00 || leaf) of a 1 KiB leaf (RFC 6962 §2.1). */
  @Benchmark
  public byte[] leafHash1KiB() {
    return Merkle.leafHash(leaf);
  }

  /** SHA-256(0x01 || left || right) (RFC 6962 §2.1). */
  @Benchmark
  public byte[] nodeHash() {
    return Merkle.nodeHash(left, right);
  }
}
