package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.merkle.Merkle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A leaf finished from its envelope's prefix is the record's leaf, and hashes as one. */
class LeafPrefixTest {
  private static final long[] INDEXES = {0, 1, 9, 10, 65_535, (1L << 53) - 1};

  @Test
  void leafBytes_anyEnvelopeAndPlace_equalsTheRecordsLeafAndItsCanonicalTree() throws Exception {
    Random random = new Random(11);
    for (int payload = 0; payload <= 200; payload += 7) {
      for (int signatures = 1; signatures <= 3; signatures++) {
        DsseEnvelope envelope = envelope(payload, signatures, random);
        LeafPrefix prefix = LeafPrefix.of(envelope);
        for (long index : INDEXES) {
          IntegratedTime time =
              IntegratedTime.of(Instant.ofEpochMilli(random.nextLong() & 0xffffffffffL));
          Bytes prev = Bytes.copyOf(bytes(random, Sha256.LENGTH));
          ChainRecord record = new ChainRecord(envelope, index, time, prev);
          String what = payload + " payload bytes, " + signatures + " signatures, index " + index;

          byte[] leaf = prefix.leafBytes(index, time, prev);

          assertArrayEquals(record.leafBytes(), leaf, what);
          assertArrayEquals(Jcs.canonicalize(record.toJson()), leaf, what);
          assertArrayEquals(Merkle.leafHash(leaf), prefix.leafHash(leaf), what);
        }
      }
    }
  }

  @Test
  void leafHash_calledAgain_sameHash() {
    LeafPrefix prefix = LeafPrefix.of(envelope(40, 1, new Random(3)));
    byte[] first = prefix.leafBytes(0, IntegratedTime.of(Instant.EPOCH), ChainRecord.GENESIS_PREV);
    byte[] second =
        prefix.leafBytes(1, IntegratedTime.of(Instant.EPOCH), Bytes.copyOf(Merkle.leafHash(first)));

    assertArrayEquals(Merkle.leafHash(first), prefix.leafHash(first));
    assertArrayEquals(Merkle.leafHash(second), prefix.leafHash(second));
    assertArrayEquals(Merkle.leafHash(first), prefix.leafHash(first));
  }

  @Test
  void leafHash_leafOfAnotherEnvelope_refused() {
    Random random = new Random(5);
    LeafPrefix prefix = LeafPrefix.of(envelope(40, 1, random));
    byte[] other = LeafPrefix.of(envelope(40, 1, random))
        .leafBytes(0, IntegratedTime.of(Instant.EPOCH), ChainRecord.GENESIS_PREV);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> prefix.leafHash(other));

    // The same lengths: only the index's value and what follows it are not the prefix.
    String tail = "0,\"integratedTime\":\"1970-01-01T00:00:00.000Z\",\"prev\":\""
        + "0".repeat(64) + "\"}";
    assertEquals("leaf of " + other.length + " bytes does not start with the prefix of its "
        + "envelope (" + (other.length - tail.length()) + " bytes)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> prefix.leafHash(new byte[3]));
  }

  @Test
  void leafBytes_placeOutsideARecord_refusedAsTheRecordDoes() {
    LeafPrefix prefix = LeafPrefix.of(envelope(10, 1, new Random(9)));
    IntegratedTime time = IntegratedTime.of(Instant.EPOCH);

    IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
        () -> prefix.leafBytes(1L << 53, time, ChainRecord.GENESIS_PREV));
    IllegalArgumentException prev = assertThrows(IllegalArgumentException.class,
        () -> prefix.leafBytes(0, time, Bytes.copyOf(new byte[31])));

    assertEquals("index 9007199254740992 outside [0, 2^53-1]", index.getMessage());
    assertEquals("prev of 31 bytes, want 32", prev.getMessage());
  }

  @Test
  void envelope_theOneGiven() {
    DsseEnvelope envelope = envelope(10, 2, new Random(1));

    assertSame(envelope, LeafPrefix.of(envelope).envelope());
  }

  private static DsseEnvelope envelope(int payloadLength, int signatures, Random random) {
    List<DsseSignature> list = new ArrayList<>();
    for (int i = 0; i < signatures; i++) {
      list.add(new DsseSignature(Bytes.copyOf(bytes(random, Sha256.LENGTH)).hex(),
          Bytes.copyOf(bytes(random, 64))));
    }
    return new DsseEnvelope(Bytes.copyOf(bytes(random, payloadLength)),
        "application/vnd.in-toto+json", list);
  }

  private static byte[] bytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }
}
