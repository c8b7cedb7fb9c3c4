package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Ledger#descendantCount} through signed, verified, sequenced entries: a random DAG with
 * merges against a brute-force count, before and after more appends and after reopening, with
 * the cache and without; revocations leave the count alone.
 */
class DescendantCountTest {
  static final Ed25519PrivateKey ACME = SignedEntries.key("acme");

  @TempDir Path dir;

  /** The DAG so far: ids in log order and each one's parents (positions in that list). */
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> parents = new ArrayList<>();
  private final SplittableRandom random = new SplittableRandom(11);

  private void grow(Ledger ledger, int n) {
    for (int k = 0; k < n; k++) {
      int i = ids.size();
      String name = "acme/m-" + i;
      if (i == 0 || random.nextInt(6) == 0) {
        ids.add(ledger.submit(SignedEntries.release(name, "1.0", ACME)).join().id());
        parents.add(new int[0]);
        continue;
      }
      int[] p = random.nextInt(4) == 0
          ? random.ints(2, 0, i).distinct().toArray()
          : new int[] {Math.max(0, i - 1 - random.nextInt(5))};
      String[] parentIds = new String[p.length];
      for (int j = 0; j < p.length; j++) {
        parentIds[j] = ids.get(p[j]);
      }
      ids.add(ledger.submit(Envelopes.sign(Entries.derivation(name, "1.0",
          p.length > 1 ? Relation.MERGE : Relation.FINETUNE, parentIds), ACME)).join().id());
      parents.add(p);
    }
  }

  private long bruteCount(int root) {
    BitSet reached = new BitSet();
    reached.set(root);
    for (int i = root + 1; i < ids.size(); i++) {
      for (int p : parents.get(i)) {
        if (reached.get(p)) {
          reached.set(i);
          break;
        }
      }
    }
    return reached.cardinality() - 1;
  }

  private void assertCounts(Ledger ledger) throws Exception {
    for (int root = 0; root < ids.size(); root++) {
      assertEquals(OptionalLong.of(bruteCount(root)), ledger.descendantCount(ids.get(root)),
          "root " + root + " of " + ids.size());
    }
  }

  @Test
  void descendantCount_randomDag_equalsBruteForceAfterAppendsAndReopen() throws Exception {
    LedgerConfig config = LedgerConfig.of(dir);
    try (Ledger ledger = Ledger.open(config)) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      grow(ledger, 60);
      assertCounts(ledger);
      grow(ledger, 40);
      assertCounts(ledger);
    }
    try (Ledger ledger = Ledger.open(config)) {
      assertCounts(ledger);
      grow(ledger, 30);
      assertCounts(ledger);
    }
    try (Ledger ledger = Ledger.open(config.withDescendantCache(0, 1))) {
      assertCounts(ledger);
    }
  }

  @Test
  void descendantCount_revokedEntry_stillCountedWithItsDescendants() throws Exception {
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      String a = ledger.submit(SignedEntries.release("acme/a", "1.0", ACME)).join().id();
      String b = ledger.submit(SignedEntries.derivation("acme/b", "1.0", a, ACME)).join().id();
      assertEquals(OptionalLong.of(1), ledger.descendantCount(a)); // cached from here on
      String c = ledger.submit(SignedEntries.derivation("acme/c", "1.0", b, ACME)).join().id();
      ledger.submit(Envelopes.sign(Entries.revocation(b), ACME)).join();
      ledger.submit(SignedEntries.derivation("acme/d", "1.0", c, ACME)).join();

      assertEquals(OptionalLong.of(3), ledger.descendantCount(a));
      assertEquals(OptionalLong.of(2), ledger.descendantCount(b));
      assertEquals(3, ledger.descendantIds(a).orElseThrow().size());
    }
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      assertEquals(OptionalLong.of(3),
          ledger.descendantCount(SignedEntries.releaseId("acme/a", "1.0"))); // cold: walked
    }
  }
}
