package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ids and digests families keep their memtables in hash buckets by the 32-byte digest that
 * starts every key. Their lookups and digest scans must answer the same whether the keys sit in
 * files written before a reopen, in the memtable written after it, or in both, and a scan must not
 * leak into a neighbouring digest: digests that differ only in their last byte, and one ending in
 * 0xff whose successor carries into the byte before.
 */
class HashedFamiliesTest {
  private static final Bytes SHARED = digestEndingIn(0x10);
  private static final Bytes BELOW = digestEndingIn(0x0f);
  private static final Bytes ABOVE = digestEndingIn(0x11);
  private static final Bytes ALL_ONES_END = digestEndingIn(0xff);
  private static final Bytes AFTER_CARRY = carried(ALL_ONES_END);

  @TempDir Path dir;

  @Test
  void lookupsAndScansSpanFilesAndMemtable() throws StoreException {
    try (RocksStore store = RocksStore.open(dir)) {
      appendReleases(store, 300);
    }
    // Reopened: what was written sits in files now; what follows goes to the memtable.
    try (RocksStore store = RocksStore.open(dir)) {
      appendReleases(store, 300);

      List<OptionalLong> indexes = store.indexesOf(
          List.of(Fixtures.id(0), Fixtures.id(299), Fixtures.id(300), Fixtures.id(599),
              Fixtures.id(600)));
      assertEquals(List.of(OptionalLong.of(0), OptionalLong.of(299), OptionalLong.of(300),
          OptionalLong.of(599), OptionalLong.empty()), indexes);
      assertEquals(OptionalLong.of(450), store.indexOf(Fixtures.id(450)));

      assertEquals(everyNth(0, 600, 1), scanAll(store, SHARED, 7));
      assertEquals(everyNth(0, 600, 3), scanAll(store, BELOW, 5));
      assertEquals(everyNth(1, 600, 3), scanAll(store, ABOVE, 11));
      assertEquals(everyNth(2, 600, 6), scanAll(store, ALL_ONES_END, 1000));
      assertEquals(everyNth(5, 600, 6), scanAll(store, AFTER_CARRY, 13));
      assertEquals(List.of(), scanAll(store, digestEndingIn(0x12), 10));
    }
  }

  /** Each release holds SHARED and one neighbour, taking turns by index. */
  private static void appendReleases(RocksStore store, int count) throws StoreException {
    store.append(Fixtures.batch(store.size(), store.storedHashCount(), count, index -> {
      Bytes neighbour = switch ((int) (index % 3)) {
        case 0 -> BELOW;
        case 1 -> ABOVE;
        default -> index % 2 == 0 ? ALL_ONES_END : AFTER_CARRY;
      };
      return EntryFacts.model(Kind.RELEASE, "acme",
          new ModelName("acme/model-" + index, "acme/model-" + index, "1.0"),
          List.of(new FileDigest("shared.bin", SHARED), new FileDigest("other.bin", neighbour)),
          List.of(), List.of(Fixtures.SIGNER));
    }));
  }

  private static List<Long> scanAll(RocksStore store, Bytes digest, int limit)
      throws StoreException {
    List<Long> indexes = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<DigestHit> page = store.entriesWithDigest(digest, cursor, limit);
      assertTrue(page.items().size() <= limit);
      page.items().forEach(hit -> indexes.add(hit.index()));
      cursor = page.next();
    } while (cursor.isPresent());
    return indexes;
  }

  /** Indexes from {@code first} below {@code end}, {@code step} apart. */
  private static List<Long> everyNth(long first, long end, long step) {
    List<Long> indexes = new ArrayList<>();
    for (long i = first; i < end; i += step) {
      indexes.add(i);
    }
    return indexes;
  }

  private static Bytes digestEndingIn(int last) {
    byte[] bytes = Fixtures.digest("neighbourhood").toByteArray();
    bytes[30] = 0x40;
    bytes[31] = (byte) last;
    return Bytes.copyOf(bytes);
  }

  /** The digest right after one ending in 0xff: the byte before carries. */
  private static Bytes carried(Bytes digest) {
    byte[] bytes = digest.toByteArray();
    bytes[30]++;
    bytes[31] = 0;
    assertTrue(!Arrays.equals(bytes, digest.toByteArray()));
    return Bytes.copyOf(bytes);
  }
}
