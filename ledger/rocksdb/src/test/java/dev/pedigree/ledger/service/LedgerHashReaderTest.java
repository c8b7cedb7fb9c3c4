package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Rejection;
import dev.pedigree.ledger.merkle.HashReadException;
import dev.pedigree.ledger.merkle.HashReader;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ledger#inclusionProof(long, long, HashReader)} and {@link Ledger#storedHashes()}. */
class LedgerHashReaderTest {
  private static final Ed25519PrivateKey ACME = SignedEntries.key("acme");

  @TempDir Path dir;

  @Test
  void inclusionProof_throughAReader_sameAsFromTheStore() throws Exception {
    MemoryHashStore memory = new MemoryHashStore();
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      for (int i = 0; i < 20; i++) {
        ledger.submit(SignedEntries.release("acme/m" + i, "1.0", ACME)).join();
      }
      for (long i = 0; i < 21; i++) {
        memory.append(Merkle.leafHash(ledger.leaf(i).orElseThrow()));
      }
      for (long size = 1; size <= 21; size++) {
        for (long index = 0; index < size; index++) {
          List<Bytes> want = ledger.inclusionProof(index, size);
          String what = "inclusion " + index + " in " + size;
          assertEquals(want, ledger.inclusionProof(index, size, ledger.storedHashes()), what);
          assertEquals(want, ledger.inclusionProof(index, size, memory), what);
        }
      }
    }
  }

  @Test
  void inclusionProof_outOfRange_refusedAsFromTheStore_readerNeverAsked() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HashReader counting = indexes -> {
      asked.incrementAndGet();
      throw new HashReadException("not to be read");
    };
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      long[][] refused = {{2, 2}, {0, 3}, {-1, 1}, {1, 0}, {0, Long.MIN_VALUE}};
      for (long[] pair : refused) {
        RejectedException want = assertThrows(RejectedException.class,
            () -> ledger.inclusionProof(pair[0], pair[1]));
        RejectedException got = assertThrows(RejectedException.class,
            () -> ledger.inclusionProof(pair[0], pair[1], counting));
        assertEquals(Rejection.OUT_OF_RANGE, got.rejection());
        assertEquals(want.getMessage(), got.getMessage());
      }
    }
    assertEquals(0, asked.get());
  }

  @Test
  void inclusionProof_readerFails_itsExceptionThrownAsItIs() throws Exception {
    HashReadException failure = new HashReadException("cache miss");
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      assertSame(failure, assertThrows(HashReadException.class,
          () -> ledger.inclusionProof(0, 2, indexes -> {
            throw failure;
          })));
    }
  }
}
