package dev.pedigree.api;

import dev.pedigree.ledger.service.Ledger;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The sequencer's batches on {@code /metrics}: how many submissions each took, how many entries
 * it added, and how long it took from building to durable (histograms).
 */
final class BatchMeters {
  /** Submissions per batch, refused ones and those already in the log included. */
  static final String SUBMISSIONS = "pedigree.batch.submissions";
  /** Entries each batch added to the log. */
  static final String ENTRIES = "pedigree.batch.entries";
  /** From building a batch until it is durable (the synced write included). */
  static final String DURATION = "pedigree.batch.duration";

  private BatchMeters() {}

  static void register(MeterRegistry registry, Ledger ledger, int batchSize) {
    DistributionSummary submissions = sizes(SUBMISSIONS, "Submissions each batch took", batchSize)
        .register(registry);
    DistributionSummary entries = sizes(ENTRIES, "Entries each batch added to the log", batchSize)
        .register(registry);
    Timer duration = Timer.builder(DURATION)
        .description("Time from building a batch until it was durable")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(100_000))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
    ledger.onBatch((taken, appended, nanos) -> {
      submissions.record(taken);
      entries.record(appended);
      duration.record(nanos, TimeUnit.NANOSECONDS);
    });
  }

  private static DistributionSummary.Builder sizes(String name, String description, int most) {
    return DistributionSummary.builder(name)
        .description(description)
        .publishPercentileHistogram()
        .minimumExpectedValue(1.0)
        .maximumExpectedValue((double) Math.max(most, 1));
  }
}
