package dev.pedigree.ledger.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to open a ledger.
 *
 * @param dataDir holds {@code store/} (RocksDB) and {@code log.key} (created on first start)
 * @param origin the checkpoint origin; default {@code localhost/pedigree/<8 hex>} (DESIGN A6)
 * @param batchSize the most entries one synced write takes (DESIGN B3)
 * @param batchMillis how long the sequencer waits after a batch's first entry for more (a batch
 *     also waits while the previous one is written); 0 takes what queued up during that write
 * @param clock the source of integrated times (never decreasing along the log whatever it says)
 */
public record LedgerConfig(
    Path dataDir, Optional<String> origin, int batchSize, int batchMillis, Clock clock) {
  public static final int DEFAULT_BATCH_SIZE = 256;
  public static final int DEFAULT_BATCH_MILLIS = 0;

  public LedgerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(clock, "clock");
    if (batchSize < 1 || batchMillis < 0) {
      throw new IllegalArgumentException("batch of " + batchSize + " entries and " + batchMillis
          + " ms, want at least 1 and 0");
    }
  }

  /** The defaults: generated origin, batches of 256 without waiting, the system clock. */
  public static LedgerConfig of(Path dataDir) {
    return new LedgerConfig(dataDir, Optional.empty(), DEFAULT_BATCH_SIZE, DEFAULT_BATCH_MILLIS,
        Clock.systemUTC());
  }
}
