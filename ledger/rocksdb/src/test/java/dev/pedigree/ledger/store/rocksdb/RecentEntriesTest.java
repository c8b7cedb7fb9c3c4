package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.StoredEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RecentEntriesTest {
  @Test
  void revocationsOf_entriesInTheWindow_everyRevocationInIndexOrder() {
    RecentEntries recent = new RecentEntries(8);
    recent.appended(List.of(release(5), revocation(6, 5), attestation(7, 5)));
    recent.appended(List.of(revocation(8, 5), revocation(9, 6)));
    assertEquals(Optional.of(List.of(6L, 8L)), recent.revocationsOf(Fixtures.id(5)));
    assertEquals(Optional.of(List.of(9L)), recent.revocationsOf(Fixtures.id(6)));
    assertEquals(Optional.of(List.of()), recent.revocationsOf(Fixtures.id(7)));
    assertEquals(Optional.empty(), recent.revocationsOf(Fixtures.id(4)), "before the window");
  }

  @Test
  void revocationsOf_entryPastTheWindow_unknown() {
    RecentEntries recent = new RecentEntries(4);
    recent.appended(List.of(release(0), revocation(1, 0), release(2), release(3)));
    assertEquals(Optional.of(List.of(1L)), recent.revocationsOf(Fixtures.id(0)));
    recent.appended(List.of(revocation(4, 0)));
    assertEquals(Optional.empty(), recent.revocationsOf(Fixtures.id(0)));
    recent.appended(LongStream.range(5, 8).mapToObj(RecentEntriesTest::release).toList());
    assertEquals(Optional.empty(), recent.revocationsOf(Fixtures.id(3)));
    assertEquals(Optional.of(List.of()), recent.revocationsOf(Fixtures.id(4)));
  }

  @Test
  void revocationsOf_manyWindowsAppended_exactlyTheLatestWindowKnown() {
    int window = 4;
    RecentEntries recent = new RecentEntries(window);
    for (long end = 1; end <= 6 * window + 1; end++) {
      long index = end - 1;
      recent.appended(List.of(index % 3 == 2 ? revocation(index, index - 1) : release(index)));
      for (long i = 0; i < end; i++) {
        Optional<List<Long>> got = recent.revocationsOf(Fixtures.id(i));
        if (i < end - window) {
          assertEquals(Optional.empty(), got, "entry " + i + " of " + end);
        } else {
          boolean revoked = i % 3 == 1 && i + 1 < end;
          assertEquals(Optional.of(revoked ? List.of(i + 1) : List.of()), got,
              "entry " + i + " of " + end);
        }
      }
    }
  }

  @Test
  void appended_notFollowingTheWindow_startsItAgain() {
    RecentEntries recent = new RecentEntries(4);
    recent.appended(List.of(release(0), revocation(1, 0)));
    recent.appended(List.of(release(10)));
    assertEquals(Optional.empty(), recent.revocationsOf(Fixtures.id(0)));
    assertEquals(Optional.of(List.of()), recent.revocationsOf(Fixtures.id(10)));
  }

  private static StoredEntry release(long index) {
    return Fixtures.entry(index, Fixtures.release(index));
  }

  private static StoredEntry revocation(long index, long target) {
    return Fixtures.entry(index,
        EntryFacts.revocation("acme", Fixtures.id(target), List.of(Fixtures.SIGNER)));
  }

  private static StoredEntry attestation(long index, long target) {
    return Fixtures.entry(index,
        EntryFacts.attestation("evals", Fixtures.id(target), List.of(Fixtures.SIGNER)));
  }
}
