package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.store.InvalidCursorException;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Descendant counts, pages and id sets on a real store: a chain, a diamond, a wide fan-out. */
class DescendantsTest {
  static final Ed25519PrivateKey ACME = SignedEntries.key("acme");

  @TempDir Path dir;
  Ledger ledger;

  @BeforeEach
  void open() throws Exception {
    ledger = Ledger.open(LedgerConfig.of(dir));
    ledger.submit(SignedEntries.binding("acme", ACME)).join();
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  private String release(String name) {
    return ledger.submit(SignedEntries.release(name, "1.0", ACME)).join().id();
  }

  private String derive(String name, String... parents) {
    return ledger.submit(Envelopes.sign(
        Entries.derivation(name, "1.0", parents.length > 1 ? Relation.MERGE : Relation.FINETUNE,
            parents), ACME)).join().id();
  }

  @Test
  void chain_countsPagesAndIdsInOrder() throws Exception {
    String a = release("acme/a");
    String b = derive("acme/b", a);
    String c = derive("acme/c", b);
    String d = derive("acme/d", c);
    assertEquals(OptionalLong.of(1), ledger.childCount(a));
    assertEquals(OptionalLong.of(3), ledger.descendantCount(a));
    assertEquals(Optional.of(List.of(b, c, d)), ledger.descendantIds(a));
    assertEquals(OptionalLong.of(0), ledger.descendantCount(d));
    assertEquals(Optional.of(List.of()), ledger.descendantIds(d));

    Page<String> first = ledger.descendants(a, Optional.empty(), 2).orElseThrow();
    assertEquals(List.of(b, c), first.items());
    assertEquals(Optional.of("d2"), first.next());
    Page<String> second = ledger.descendants(a, first.next(), 2).orElseThrow();
    assertEquals(new Page<>(List.of(d), Optional.empty()), second);
  }

  @Test
  void diamond_mergeIsListedOnce() throws Exception {
    String r = release("acme/r");
    String x = derive("acme/x", r);
    String y = derive("acme/y", r);
    String z = derive("acme/z", x, y);
    String w = derive("acme/w", z);
    assertEquals(OptionalLong.of(2), ledger.childCount(r));
    assertEquals(OptionalLong.of(1), ledger.childCount(x));
    assertEquals(OptionalLong.of(1), ledger.childCount(y));
    assertEquals(OptionalLong.of(4), ledger.descendantCount(r));
    assertEquals(Optional.of(List.of(x, y, z, w)), ledger.descendantIds(r));
    assertEquals(Optional.of(List.of(z, w)), ledger.descendantIds(y));
    assertEquals(List.of(x, y, z, w),
        ledger.descendants(r, Optional.empty(), 1000).orElseThrow().items());
  }

  @Test
  void wideFanOut_childrenBeyondOneStorePage_pagesCoverEachOnce() throws Exception {
    String root = release("acme/root");
    int n = 1_200; // more than Store.MAX_PAGE children of one entry
    List<CompletableFuture<Registration>> pending = IntStream.range(0, n)
        .mapToObj(i -> ledger.submit(Envelopes.sign(
            Entries.derivation("acme/leaf-" + i, "1.0", Relation.FINETUNE, root), ACME)))
        .toList();
    List<String> children = pending.stream().map(f -> f.join().id()).toList();
    assertEquals(OptionalLong.of(n), ledger.childCount(root));
    assertEquals(OptionalLong.of(n), ledger.descendantCount(root));
    List<String> ids = ledger.descendantIds(root).orElseThrow();
    assertEquals(new HashSet<>(children), new HashSet<>(ids));
    assertEquals(n, ids.size());

    Page<String> first = ledger.descendants(root, Optional.empty(), 1000).orElseThrow();
    assertEquals(1000, first.items().size());
    assertEquals(Optional.of("d1000"), first.next());
    Page<String> second = ledger.descendants(root, first.next(), 1000).orElseThrow();
    assertEquals(Optional.empty(), second.next());
    List<String> paged = new ArrayList<>(first.items());
    paged.addAll(second.items());
    assertEquals(ids, paged);
  }

  @Test
  void unknownId_isEmpty() throws Exception {
    String absent = "ab".repeat(32);
    assertEquals(OptionalLong.empty(), ledger.childCount(absent));
    assertEquals(OptionalLong.empty(), ledger.descendantCount(absent));
    assertEquals(Optional.empty(), ledger.descendantIds(absent));
    assertEquals(Optional.empty(), ledger.descendants(absent, Optional.empty(), 10));
    assertEquals(Optional.empty(), ledger.descendantIds("not hex"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"d0", "d01", "x5", "d", "d-1", "d99999999999999999999"})
  void descendants_cursorNotIssued_isRefused(String cursor) throws Exception {
    String a = release("acme/a");
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> ledger.descendants(a, Optional.of(cursor), 10));
    assertEquals("cursor \"" + cursor + "\" was not issued here", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1001})
  void descendants_limitOutOfRange_isRefused(int limit) throws Exception {
    String a = release("acme/a");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ledger.descendants(a, Optional.empty(), limit));
    assertEquals("limit " + limit + ", want 1 to 1000", e.getMessage());
  }
}
