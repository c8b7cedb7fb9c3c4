package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.ChildLink;
import dev.pedigree.ledger.store.DigestHit;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.InvalidCursorException;
import dev.pedigree.ledger.store.KeyBinding;
import dev.pedigree.ledger.store.ModelListing;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ModelVersion;
import dev.pedigree.ledger.store.Page;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.RemovalReason;
import dev.pedigree.ledger.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every index query, answered by a store that was written, closed and opened again. The log:
 * 0 binds acme's keys K1 and K2; 1..2500 release acme/model-i, each holding the shared file (entry
 * 1 twice, at two paths); 2501 modifies model-1; 2502 derives from model-1; 2503 and 2506 attest
 * model-1; 2504 revokes it; 2505 adds K3 and removes K2 as compromised.
 */
class StoreQueriesTest {
  private static final int RELEASES = 2500;
  private static final Bytes SHARED = Fixtures.digest("shared file");
  private static final Bytes K1 = Fixtures.digest("K1");
  private static final Bytes K2 = Fixtures.digest("K2");
  private static final Bytes K3 = Fixtures.digest("K3");
  private static final Bytes LAB = Fixtures.digest("lab key");
  private static final Bytes MODEL_1 = Fixtures.id(1);

  @TempDir static Path dir;
  private static RocksStore store;

  @BeforeAll
  static void writeThenReopen() throws StoreException {
    try (RocksStore writer = RocksStore.open(dir)) {
      writer.append(Fixtures.batch(0, 0, 1, i -> EntryFacts.key("acme", List.of(K1, K2),
          List.of(), Optional.empty(), List.of(K1, K2))));
      for (int done = 0; done < RELEASES; done += 500) {
        writer.append(Fixtures.batch(writer.size(), writer.storedHashCount(), 500,
            StoreQueriesTest::release));
      }
      writer.append(Fixtures.batch(writer.size(), writer.storedHashCount(), 6,
          StoreQueriesTest::tailFacts));
    }
    store = RocksStore.open(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static EntryFacts release(long index) {
    List<FileDigest> files = new ArrayList<>();
    files.add(new FileDigest("config.json", Fixtures.digest("config " + index)));
    if (index == 1) {
      files.add(new FileDigest("copy/shared.bin", SHARED));
    }
    files.add(new FileDigest("shared.bin", SHARED));
    return EntryFacts.model(Kind.RELEASE, "acme",
        new ModelName("acme/Model_" + index, "acme/model-" + index, "1.0"), files, List.of(),
        List.of(K1));
  }

  private static EntryFacts tailFacts(long index) {
    List<FileDigest> files = List.of(new FileDigest("w.bin", Fixtures.digest("w " + index)));
    return switch ((int) (index - RELEASES)) {
      case 1 -> EntryFacts.model(Kind.MODIFICATION, "acme",
          new ModelName("acme/Model_1", "acme/model-1", "2.0"), files,
          List.of(new ParentLink(MODEL_1, "new-version")), List.of(K2));
      case 2 -> EntryFacts.model(Kind.DERIVATION, "acme",
          new ModelName("acme/Tuned", "acme/tuned", "1.0"), files,
          List.of(new ParentLink(MODEL_1, "finetune")), List.of(K1));
      case 3, 6 -> EntryFacts.attestation("lab", MODEL_1, List.of(LAB));
      case 4 -> EntryFacts.revocation("acme", MODEL_1, List.of(K1));
      case 5 -> EntryFacts.key("acme", List.of(K3), List.of(K2),
          Optional.of(RemovalReason.COMPROMISED), List.of(K1, K3));
      default -> throw new IllegalArgumentException("no entry " + index);
    };
  }

  @Test
  void entriesWithDigest_pagedBy1000_visitsEveryHitInOrder() throws StoreException {
    List<DigestHit> hits = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      Page<DigestHit> page = store.entriesWithDigest(SHARED, cursor, 1000);
      pageSizes.add(page.items().size());
      hits.addAll(page.items());
      cursor = page.next();
    } while (cursor.isPresent());
    assertEquals(List.of(1000, 1000, 501), pageSizes);
    assertEquals(new DigestHit(1, MODEL_1, "copy/shared.bin"), hits.get(0));
    assertEquals(new DigestHit(1, MODEL_1, "shared.bin"), hits.get(1));
    for (int i = 2; i < hits.size(); i++) {
      assertEquals(new DigestHit(i, Fixtures.id(i), "shared.bin"), hits.get(i));
    }
  }

  @Test
  void entriesWithDigest_unknownDigest_emptyLastPage() throws StoreException {
    assertEquals(new Page<DigestHit>(List.of(), Optional.empty()),
        store.entriesWithDigest(Fixtures.digest("nothing"), Optional.empty(), 10));
  }

  @Test
  void entriesWithDigest_foreignCursor_refused() {
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> store.entriesWithDigest(SHARED, Optional.of("AAAA="), 10));
    assertEquals("cursor \"AAAA=\" is not base64url", e.getMessage());
  }

  @Test
  void entriesWithDigest_nonCanonicalCursor_refused() {
    InvalidCursorException e = assertThrows(InvalidCursorException.class,
        () -> store.entriesWithDigest(SHARED, Optional.of("AB"), 10));
    assertEquals("cursor \"AB\" was not issued here", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001})
  void entriesWithDigest_limitOutOfRange_refused(int limit) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.entriesWithDigest(SHARED, Optional.empty(), limit));
    assertEquals("limit " + limit + ", want 1 to 1000", e.getMessage());
  }

  @Test
  void indexOf_everyEntry() throws StoreException {
    for (long i = 0; i <= RELEASES + 6; i += 97) {
      assertEquals(OptionalLong.of(i), store.indexOf(Fixtures.id(i)));
    }
    assertEquals(OptionalLong.empty(), store.indexOf(Fixtures.id(RELEASES + 7)));
  }

  @Test
  void children_pagedWithCount() throws StoreException {
    Page<ChildLink> first = store.children(MODEL_1, Optional.empty(), 1);
    assertEquals(List.of(new ChildLink(2501, Fixtures.id(2501), "new-version")), first.items());
    Page<ChildLink> second = store.children(MODEL_1, first.next(), 1);
    assertEquals(new Page<>(List.of(new ChildLink(2502, Fixtures.id(2502), "finetune")),
        Optional.empty()), second);
    assertEquals(2, store.childCount(MODEL_1));
    assertEquals(0, store.childCount(Fixtures.id(2)));
  }

  @Test
  void attestationsAndRevocations_separated() throws StoreException {
    assertEquals(new Page<>(List.of(2503L, 2506L), Optional.empty()),
        store.attestations(MODEL_1, Optional.empty(), 10));
    assertEquals(List.of(2504L), store.revocations(MODEL_1));
    assertEquals(List.of(), store.revocations(Fixtures.id(2)));
  }

  @Test
  void names_versionsSpellingAndModels() throws StoreException {
    assertEquals(OptionalLong.of(2501), store.modelVersion("acme/model-1", "2.0"));
    assertEquals(OptionalLong.of(1), store.modelVersion("acme/model-1", "1.0"));
    assertEquals(OptionalLong.empty(), store.modelVersion("acme/model-1", "2.0.0"));
    assertEquals(Optional.of("acme/Model_1"), store.spelling("acme/model-1"));
    assertEquals(Optional.empty(), store.spelling("acme/nothing"));
    assertEquals(new Page<>(List.of(new ModelVersion(1, "1.0"), new ModelVersion(2501, "2.0")),
        Optional.empty()), store.versions("acme/model-1", Optional.empty(), 10));
    Page<ModelListing> models = store.models("acme", Optional.empty(), 3);
    assertEquals(List.of(new ModelListing("acme/model-1", "acme/Model_1"),
        new ModelListing("acme/model-10", "acme/Model_10"),
        new ModelListing("acme/model-100", "acme/Model_100")), models.items());
    int count = 3;
    for (Optional<String> c = models.next(); c.isPresent(); ) {
      Page<ModelListing> page = store.models("acme", c, 1000);
      count += page.items().size();
      c = page.next();
    }
    assertEquals(RELEASES + 1, count);
    assertEquals(new Page<ModelListing>(List.of(), Optional.empty()),
        store.models("lab", Optional.empty(), 10));
  }

  @Test
  void keys_historyBindingsAndSigners() throws StoreException {
    assertEquals(List.of(0L, 2505L), store.keyEntries("acme"));
    assertEquals(OptionalLong.of(2505), store.latestKeyEntry("acme"));
    assertEquals(OptionalLong.empty(), store.latestKeyEntry("lab"));
    assertEquals(Optional.of(new KeyBinding(K1, "acme", 0, Optional.empty())),
        store.keyBinding(K1));
    assertEquals(Optional.of(new KeyBinding(K2, "acme", 0,
        Optional.of(new KeyBinding.Removal(2505, RemovalReason.COMPROMISED)))),
        store.keyBinding(K2));
    assertEquals(Optional.of(new KeyBinding(K3, "acme", 2505, Optional.empty())),
        store.keyBinding(K3));
    assertEquals(Optional.empty(), store.keyBinding(LAB));
    assertEquals(new Page<>(List.of(0L, 2501L), Optional.empty()),
        store.entriesSignedBy(K2, Optional.empty(), 10));
    Page<Long> byK1 = store.entriesSignedBy(K1, Optional.empty(), 1000);
    assertEquals(1000, byK1.items().size());
    assertTrue(byK1.next().isPresent());
  }

  @Test
  void append_removingUnboundKey_refused() throws Exception {
    try (RocksStore other = RocksStore.open(dir.resolve("other"))) {
      var batch = Fixtures.batch(0, 0, 1, i -> EntryFacts.key("acme", List.of(), List.of(K1),
          Optional.of(RemovalReason.ROTATED), List.of(K1)));
      StoreException e = assertThrows(StoreException.class, () -> other.append(batch));
      assertEquals("key entry 0 removes key " + K1 + ", which is not bound to acme",
          e.getMessage());
    }
  }
}
