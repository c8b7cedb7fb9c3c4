package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.Store;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RocksStore#forEachChild} over a store written, closed and opened again. The log: 0 and
 * 1501 are releases A and B; 1..1500 derive from A (more children than a page); 1502 derives from
 * both 1 and B (a merge); 1503 modifies 1.
 */
class ChildScanTest {
  private static final int FAN_OUT = 1500;
  private static final Bytes A = Fixtures.id(0);
  private static final Bytes B = Fixtures.id(FAN_OUT + 1);
  private static final Bytes UNKNOWN = Fixtures.digest("no such entry");

  @TempDir static Path dir;
  private static RocksStore store;

  @BeforeAll
  static void writeThenReopen() throws StoreException {
    try (RocksStore writer = RocksStore.open(dir)) {
      for (int done = 0; done < FAN_OUT + 4; done += 500) {
        int n = Math.min(500, FAN_OUT + 4 - done);
        writer.append(Fixtures.batch(writer.size(), writer.storedHashCount(), n,
            ChildScanTest::facts));
      }
    }
    store = RocksStore.open(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static EntryFacts facts(long index) {
    List<ParentLink> parents;
    Kind kind = Kind.DERIVATION;
    if (index == 0 || index == FAN_OUT + 1) {
      parents = List.of();
      kind = Kind.RELEASE;
    } else if (index <= FAN_OUT) {
      parents = List.of(new ParentLink(A, "finetune"));
    } else if (index == FAN_OUT + 2) {
      parents = List.of(new ParentLink(Fixtures.id(1), "merge"), new ParentLink(B, "merge"));
    } else {
      kind = Kind.MODIFICATION;
      parents = List.of(new ParentLink(Fixtures.id(1), "new-version"));
    }
    return EntryFacts.model(kind, "acme",
        new ModelName("acme/m-" + index, "acme/m-" + index, "1.0"),
        List.of(new FileDigest("w.bin", Fixtures.digest("w " + index))), parents,
        List.of(Fixtures.SIGNER));
  }

  private static List<String> visit(List<Bytes> parents, int stopAfter) throws StoreException {
    List<String> seen = new ArrayList<>();
    store.forEachChild(parents, (parent, index, child) -> {
      seen.add(parent + " " + index + " " + child.hex());
      return seen.size() < stopAfter;
    });
    return seen;
  }

  private static String line(int parent, long index) {
    return parent + " " + index + " " + Fixtures.id(index).hex();
  }

  @Test
  void forEachChild_fanOutMergeAndChildless_inParentOrderThenIndex() throws StoreException {
    List<String> want = new ArrayList<>();
    want.add(line(0, FAN_OUT + 2));
    want.add(line(2, FAN_OUT + 2));
    want.add(line(2, FAN_OUT + 3));
    for (long i = 1; i <= FAN_OUT; i++) {
      want.add(line(3, i));
    }
    assertEquals(want, visit(List.of(B, UNKNOWN, Fixtures.id(1), A, Fixtures.id(FAN_OUT)),
        Integer.MAX_VALUE));
  }

  @Test
  void forEachChild_sameChildrenAsPagedChildren() throws StoreException {
    List<String> paged = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<ChildLink> page = store.children(A, cursor, Store.MAX_PAGE);
      page.items().forEach(c -> paged.add("0 " + c.index() + " " + c.id().hex()));
      cursor = page.next();
    } while (cursor.isPresent());
    assertEquals(FAN_OUT, paged.size());
    assertEquals(paged, visit(List.of(A), Integer.MAX_VALUE));
  }

  @Test
  void forEachChild_parentTwice_visitedTwice() throws StoreException {
    assertEquals(List.of(line(0, FAN_OUT + 2), line(1, FAN_OUT + 2), line(1, FAN_OUT + 3),
        line(2, FAN_OUT + 2)), visit(List.of(B, Fixtures.id(1), B), Integer.MAX_VALUE));
  }

  @Test
  void forEachChild_visitorReturnsFalse_stops() throws StoreException {
    assertEquals(List.of(line(0, FAN_OUT + 2), line(1, 1), line(1, 2)),
        visit(List.of(B, A, Fixtures.id(1)), 3));
  }

  @Test
  void forEachChild_noParentsOrNoChildren_visitsNothing() throws StoreException {
    assertEquals(List.of(), visit(List.of(), Integer.MAX_VALUE));
    assertEquals(List.of(), visit(List.of(UNKNOWN, Fixtures.id(FAN_OUT + 3)), Integer.MAX_VALUE));
  }

  @Test
  void forEachChild_afterClose_refused(@TempDir Path other) throws StoreException {
    RocksStore closed = RocksStore.open(other);
    closed.close();
    StoreException e = assertThrows(StoreException.class,
        () -> closed.forEachChild(List.of(A), (parent, index, child) -> true));
    assertEquals("store " + other + " is closed", e.getMessage());
  }
}
