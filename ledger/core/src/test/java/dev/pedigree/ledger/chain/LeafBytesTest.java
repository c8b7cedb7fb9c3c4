package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A record's leaf bytes, written field by field, are the JCS form of its JSON tree. */
class LeafBytesTest {
  @ParameterizedTest
  @ValueSource(strings = {"application/vnd.in-toto+json", "", "quote \" and backslash \\",
      "controls \u0000\u0001\b\t\n\f\r\u001f and DEL \u007f", "é — 😀 \u2028 \uffff",
      "</script>", "\ud83d\ude00"})
  void leafBytes_anyPayloadType_equalsTheCanonicalTree(String payloadType) throws Exception {
    Random random = new Random(payloadType.hashCode());
    for (int signatures = 1; signatures <= 3; signatures++) {
      for (long index : new long[] {0, 1, 9, 10, 65_535, (1L << 53) - 1}) {
        ChainRecord record = new ChainRecord(envelope(payloadType, signatures, random), index,
            IntegratedTime.of(Instant.ofEpochMilli(random.nextLong() & 0xffffffffffL)),
            Bytes.copyOf(bytes(random, Sha256.LENGTH)));
        assertArrayEquals(Jcs.canonicalize(record.toJson()), record.leafBytes(),
            payloadType + ", " + signatures + " signatures, index " + index);
      }
    }
  }

  @Test
  void leafBytes_everyPayloadLength_base64PaddedAsTheTree() throws Exception {
    Random random = new Random(7);
    for (int length = 1; length <= 64; length++) {
      DsseEnvelope envelope = new DsseEnvelope(Bytes.copyOf(bytes(random, length)),
          "application/vnd.in-toto+json", List.of(new DsseSignature(
              Bytes.copyOf(bytes(random, Sha256.LENGTH)).hex(), Bytes.copyOf(bytes(random, 64)))));
      ChainRecord record = new ChainRecord(envelope, length,
          IntegratedTime.of(Instant.ofEpochMilli(random.nextLong() & 0xffffffffffL)),
          Bytes.copyOf(bytes(random, Sha256.LENGTH)));
      assertArrayEquals(Jcs.canonicalize(record.toJson()), record.leafBytes(),
          "payload of " + length + " bytes");
    }
  }

  @Test
  void leafBytes_loneSurrogateInPayloadType_refused() {
    ChainRecord record = new ChainRecord(envelope("\ud800", 1, new Random(1)), 0,
        IntegratedTime.of(Instant.EPOCH), ChainRecord.GENESIS_PREV);
    assertThrows(IllegalStateException.class, record::leafBytes);
  }

  private static DsseEnvelope envelope(String payloadType, int signatures, Random random) {
    List<DsseSignature> list = new ArrayList<>();
    for (int i = 0; i < signatures; i++) {
      list.add(new DsseSignature(Bytes.copyOf(bytes(random, Sha256.LENGTH)).hex(),
          Bytes.copyOf(bytes(random, 64))));
    }
    byte[] payload = ("{\"n\":" + random.nextInt() + "}").getBytes(StandardCharsets.UTF_8);
    return new DsseEnvelope(Bytes.copyOf(payload), payloadType, list);
  }

  private static byte[] bytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }
}
