package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DESIGN A3: integratedTime has three fraction digits and never decreases along the log. */
class IntegratedTimeTest {
  static final Ed25519PrivateKey ACME = SignedEntries.key("acme");

  @TempDir Path dir;

  @Test
  void submit_clockGoingBack_integratedTimeNeverDecreasesAndHasThreeDigits() throws Exception {
    Clock backwards = new Clock() {
      private Instant next = Instant.parse("2026-11-29T12:00:05.123456789Z");

      @Override
      public synchronized Instant instant() {
        Instant now = next;
        next = next.minusSeconds(1);
        return now;
      }

      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
      }
    };
    List<String> times = new ArrayList<>();
    try (Ledger ledger =
        Ledger.open(new LedgerConfig(dir, Optional.empty(), 16, 0, backwards))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
      ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      ledger.submit(SignedEntries.release("acme/other", "1.0", ACME)).join();
      for (long i = 0; i < 3; i++) {
        times.add(Json.mapper().readTree(ledger.leaf(i).orElseThrow())
            .get("integratedTime").textValue());
      }
    }
    assertEquals(List.of("2026-11-29T12:00:05.123Z", "2026-11-29T12:00:05.123Z",
        "2026-11-29T12:00:05.123Z"), times);
  }

  @Test
  void submit_afterReopenWithAnEarlierClock_integratedTimeNotBeforeTheLastLeaf() throws Exception {
    try (Ledger ledger = Ledger.open(
        new LedgerConfig(dir, Optional.empty(), 16, 0, fixed("2026-11-29T12:00:05.123Z")))) {
      ledger.submit(SignedEntries.binding("acme", ACME)).join();
    }
    try (Ledger ledger = Ledger.open(
        new LedgerConfig(dir, Optional.empty(), 16, 0, fixed("2026-01-01T00:00:00.000Z")))) {
      ledger.submit(SignedEntries.release("acme/base", "1.0", ACME)).join();
      assertEquals("2026-11-29T12:00:05.123Z", Json.mapper()
          .readTree(ledger.leaf(1).orElseThrow()).get("integratedTime").textValue());
    }
  }

  private static Clock fixed(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
