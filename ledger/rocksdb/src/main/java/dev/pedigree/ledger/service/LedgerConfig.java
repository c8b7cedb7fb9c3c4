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
 * @param batchMillis how long the sequencer waits after a batch's first entry for more; 0 takes
 *     what queued up during the previous write
 * @param clock the source of integrated times (never decreasing along the log whatever it says)
 * @param descendantCacheBytes the memory the descendant sets of recently counted entries may take
 *     (0: count by walking the subtree every time)
 * @param recentLinks how many of the latest entries with parents are remembered, so that a cached
 *     descendant set catches up with the log instead of being walked again
 */
public record LedgerConfig(
    Path dataDir, Optional<String> origin, int batchSize, int batchMillis, Clock clock,
    long descendantCacheBytes, int recentLinks) {
  public static final int DEFAULT_BATCH_SIZE = 256;
  public static final int DEFAULT_BATCH_MILLIS = 0;
  /** 16 MiB: some 130 roots of 10^6-entry logs, each set a bit per entry after its root. */
  public static final long DEFAULT_DESCENDANT_CACHE_BYTES = 16L << 20;
  /** About 3 MB of links: entries with parents appended since a root was last counted. */
  public static final int DEFAULT_RECENT_LINKS = 1 << 15;

  public LedgerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(clock, "clock");
    if (batchSize < 1 || batchMillis < 0) {
      throw new IllegalArgumentException("batch of " + batchSize + " entries and " + batchMillis
          + " ms, want at least 1 and 0");
    }
    if (descendantCacheBytes < 0 || recentLinks < 1) {
      throw new IllegalArgumentException("descendant cache of " + descendantCacheBytes
          + " bytes and " + recentLinks + " recent links, want at least 0 and 1");
    }
  }

  /** The default descendant cache. */
  public LedgerConfig(
      Path dataDir, Optional<String> origin, int batchSize, int batchMillis, Clock clock) {
    this(dataDir, origin, batchSize, batchMillis, clock, DEFAULT_DESCENDANT_CACHE_BYTES,
        DEFAULT_RECENT_LINKS);
  }

  /** This configuration with another descendant cache. */
  public LedgerConfig withDescendantCache(long bytes, int links) {
    return new LedgerConfig(dataDir, origin, batchSize, batchMillis, clock, bytes, links);
  }

  /** The defaults: generated origin, batches of 256 without waiting, the system clock. */
  public static LedgerConfig of(Path dataDir) {
    return new LedgerConfig(dataDir, Optional.empty(), DEFAULT_BATCH_SIZE, DEFAULT_BATCH_MILLIS,
        Clock.systemUTC());
  }
}
