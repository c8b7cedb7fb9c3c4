package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.rules.Affected;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays the golden envelopes into an empty ledger: same leaves, checkpoint and bundle. */
class GoldenReplayTest {
  static final String ORIGIN = "example.com/pedigree-golden";

  @TempDir Path dir;

  @Test
  void submit_goldenEnvelopes_reproducesLeavesCheckpointAndBundle() throws Exception {
    JsonNode keys = Golden.json("keys.json");
    KeyFiles.writePrivateKey(dir.resolve("log.key"),
        Ed25519PrivateKey.fromSeed(Hex.decode(keys.get("log").get("seedHex").textValue())), false);
    try (Ledger ledger = Ledger.open(config(dir))) {
      for (int i = 0; i < Golden.ENTRIES; i++) {
        Registration r = ledger.submit(Golden.envelope(i)).join();
        assertEquals(i, r.index());
        assertTrue(r.created());
        assertArrayEquals(Golden.leaf(i), ledger.leaf(i).orElseThrow(),
            "leaf " + i);
      }
      assertEquals(Golden.text("checkpoint.txt"), ledger.checkpoint());
      assertEquals(Golden.text("log.vkey").strip(), ledger.verifierKey());
      JsonNode want = Golden.json("bundle-02-derivation.json");
      String id = Golden.id(2);
      assertEquals(want, Json.mapper().readTree(ledger.bundle(id).orElseThrow()));
      // Entry 2 is revoked by entry 7 and signed by key A, removed as compromised by entry 8.
      List<Affected.Finding> findings = ledger.affected(id).orElseThrow();
      assertEquals(List.of(7L, 8L), findings.stream().map(Affected.Finding::index).toList());
      assertInstanceOf(Affected.Revoked.class, findings.get(0));
      assertInstanceOf(Affected.KeyCompromised.class, findings.get(1));
      assertEquals(List.of(), ledger.affected(Golden.id(5)).orElseThrow());
    }
  }

  @Test
  void submit_goldenEnvelopeTwice_returnsTheExistingEntry() throws Exception {
    byte[] first = Golden.envelope(0);
    try (Ledger ledger = Ledger.open(config(dir))) {
      var a = ledger.submit(first);
      var b = ledger.submit(first);
      Registration ra = a.join();
      Registration rb = b.join();
      assertEquals(ra.index(), rb.index());
      assertEquals(ra.leafHash(), rb.leafHash());
      assertTrue(ra.created() != rb.created(), "exactly one created");
      Registration again = ledger.submit(first).join();
      assertEquals(0, again.index());
      assertEquals(false, again.created());
      assertEquals(1, ledger.health().treeSize());
    }
  }

  /** Entry NN is integrated at 2026-11-29T12:00:NN.000Z: one clock reading per entry. */
  static LedgerConfig config(Path dir) {
    Clock clock = new Clock() {
      private int calls;

      @Override
      public synchronized Instant instant() {
        return Instant.parse("2026-11-29T12:00:00Z").plusSeconds(calls++);
      }

      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        throw new UnsupportedOperationException();
      }
    };
    return new LedgerConfig(dir, Optional.of(ORIGIN), 16, 0, clock);
  }
}
