package dev.pedigree.cli;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.intake.Records;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes a valid signed export of N entries for the audit benchmark (BENCHMARKS.md, Audit): a key
 * entry binding namespace {@code bench}, then N−1 releases {@code bench/m<i>@1} of two files, all
 * signed by one TEST-ONLY key; {@code export.jsonl}, {@code checkpoint.txt} (size N) and {@code
 * log.vkey} in OUT_DIR. Envelopes are signed in parallel, leaves chained in order, the root kept as
 * an RFC 6962 frontier (O(log N) memory).
 *
 * <p>{@code java -cp pedigree.jar:test-classes dev.pedigree.cli.ExportGenerator N OUT_DIR}
 */
public final class ExportGenerator {
  private static final int CHUNK = 4096;
  private static final String ORIGIN = "bench.example/pedigree";

  private ExportGenerator() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    Ed25519PrivateKey signer = seeded("bench publisher");
    NoteSigner log = NoteSigner.of(ORIGIN, seeded("bench log"));
    Instant start = Instant.parse("2026-11-29T00:00:00Z");
    List<byte[]> frontier = new ArrayList<>();
    List<Integer> heights = new ArrayList<>();
    Bytes prev = ChainRecord.GENESIS_PREV;
    long t0 = System.nanoTime();
    try (OutputStream export =
        new BufferedOutputStream(Files.newOutputStream(out.resolve("export.jsonl")), 1 << 20)) {
      for (int from = 0; from < n; from += CHUNK) {
        int base = from;
        List<Submission> chunk =
            IntStream.range(base, Math.min(n, base + CHUNK))
                .parallel()
                .mapToObj(i -> submission(i, signer))
                .toList();
        for (int k = 0; k < chunk.size(); k++) {
          long index = base + k;
          byte[] leaf =
              Records.leafFor(
                  chunk.get(k), index, IntegratedTime.of(start.plusMillis(index)), prev);
          export.write(leaf);
          export.write('\n');
          byte[] hash = Merkle.leafHash(leaf);
          prev = Bytes.copyOf(hash);
          push(frontier, heights, hash);
        }
      }
    }
    byte[] root = frontier.get(frontier.size() - 1);
    for (int i = frontier.size() - 2; i >= 0; i--) {
      root = Merkle.nodeHash(frontier.get(i), root);
    }
    Files.writeString(
        out.resolve("checkpoint.txt"),
        Checkpoints.sign(Checkpoint.of(ORIGIN, n, Bytes.copyOf(root)), log));
    Files.writeString(out.resolve("log.vkey"), log.verifierKey().format() + "\n");
    System.out.printf(
        "%d entries in %.1f s, root %s%n",
        n, (System.nanoTime() - t0) / 1e9, Bytes.copyOf(root).hex());
  }

  /** RFC 6962 §2.1: equal-height subtrees merge as leaves arrive; the rest fold right to left. */
  private static void push(List<byte[]> frontier, List<Integer> heights, byte[] hash) {
    int height = 0;
    while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
      hash = Merkle.nodeHash(frontier.remove(frontier.size() - 1), hash);
      heights.remove(heights.size() - 1);
      height++;
    }
    frontier.add(hash);
    heights.add(height);
  }

  private static Submission submission(int i, Ed25519PrivateKey key) {
    try {
      Statement statement =
          i == 0
              ? Statements.key(
                  Namespace.of("bench"),
                  Optional.empty(),
                  List.of(key.publicKey()),
                  List.of(),
                  Optional.empty())
              : Statements.release(
                  ModelRef.of("bench/m" + i, "1"),
                  List.of(file("config.json", i), file("model.safetensors", i)),
                  License.spdx("Apache-2.0"),
                  ModelDetails.NONE);
      byte[] payload = Jcs.canonicalize(statement.toJson());
      DsseEnvelope envelope = DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload, List.of(key));
      return new Submission(envelope, Bytes.copyOf(payload), statement, Sha256.hex(payload));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Subject file(String name, int i) throws Exception {
    byte[] content = (name + i).getBytes(StandardCharsets.UTF_8);
    return Subject.file(FilePath.of(name), Digest.of(Bytes.copyOf(Sha256.hash(content))));
  }

  private static Ed25519PrivateKey seeded(String label) throws Exception {
    return Ed25519PrivateKey.fromSeed(Sha256.hash(label.getBytes(StandardCharsets.UTF_8)));
  }
}
