package dev.pedigree.ledger.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock one second later at every reading, from a fixed start: the sequencer reads it once per
 * entry it decides (not for a resubmission), so tests can wait until it has decided an entry.
 */
final class SteppingClock extends Clock {
  private final Instant start;
  private int readings;

  SteppingClock(Instant start) {
    this.start = start;
  }

  @Override
  public synchronized Instant instant() {
    Instant now = start.plusSeconds(readings++);
    notifyAll();
    return now;
  }

  /** Waits until the clock has been read {@code count} times; fails after {@code timeout}. */
  synchronized void awaitReadings(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (readings < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "the clock was read " + readings + " times in " + timeout + ", want " + count);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
