package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.service.Ledger;
import dev.pedigree.ledger.service.LedgerConfig;
import dev.pedigree.ledger.service.Registration;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

/**
 * A root release and {@code n} descendants, appended through {@code Ledger.submit}: level 1 holds
 * 10 derivations of the root, each next level 10 per entry of the level above, the last level
 * whatever is left, spread over the level above. One entry in 50 below level 1 is a merge of its
 * parent and a second entry of the level above, so the walk meets entries twice.
 */
final class LineageTree {
  private static final int FAN_OUT = 10;
  private static final int IN_FLIGHT = 1024;

  private LineageTree() {}

  /** Builds the tree in a new ledger in {@code dir}; returns the root's id. */
  static String build(Path dir, int n) throws Exception {
    long start = System.nanoTime();
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(AppendBench.binding(LineageBench.KEY)).join();
      String root = ledger.submit(AppendBench.release(LineageBench.KEY, "bench/root")).join().id();
      List<String> above = List.of(root);
      int left = n;
      for (int level = 1; left > 0; level++) {
        int size = (int) Math.min(left, (long) above.size() * FAN_OUT);
        List<String> parents = above;
        int lvl = level;
        List<byte[]> bodies = IntStream.range(0, size).parallel()
            .mapToObj(i -> derivation(lvl, i, parents)).toList();
        above = submit(ledger, bodies);
        left -= size;
        System.out.printf("level %d: %d entries (%.0f s)%n", level, size,
            (System.nanoTime() - start) / 1e9);
      }
      return root;
    }
  }

  static byte[] derivation(int level, int i, List<String> above) {
    List<Parent> parents = new ArrayList<>();
    int first = i % above.size();
    parents.add(new Parent(new EntryId(above.get(first)), Relation.FINETUNE));
    boolean merge = level > 1 && i % 50 == 7;
    if (merge) {
      parents = new ArrayList<>(List.of(
          new Parent(new EntryId(above.get(first)), Relation.MERGE),
          new Parent(new EntryId(above.get((first + 1) % above.size())), Relation.MERGE)));
    }
    String name = "bench/l" + level + "-" + i;
    try {
      Statement statement = Statements.derivation(ModelRef.of(name, "1.0"),
          List.of(Subject.file(FilePath.of("model.safetensors"),
              Digest.of(Bytes.copyOf(Sha256.hash(name.getBytes(StandardCharsets.UTF_8)))))),
          License.spdx("Apache-2.0"), parents, ModelDetails.NONE);
      byte[] payload = Jcs.canonicalize(statement.toJson());
      return Jcs.canonicalize(DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload,
          List.of(LineageBench.KEY)).toJson());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Submits every body with a bounded number in flight; returns the ids in body order. */
  static List<String> submit(Ledger ledger, List<byte[]> bodies) throws Exception {
    Semaphore window = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<Registration>> pending = new ArrayList<>(bodies.size());
    for (byte[] body : bodies) {
      window.acquire();
      pending.add(ledger.submit(body).whenComplete((r, e) -> window.release()));
    }
    List<String> ids = new ArrayList<>(bodies.size());
    for (CompletableFuture<Registration> f : pending) {
      Registration r = f.join();
      if (!r.created()) {
        throw new IllegalStateException("entry " + r.id() + " was already in the log");
      }
      ids.add(r.id());
    }
    return ids;
  }
}
