package dev.pedigree.ledger.chain;

import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.JsonFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a record's leaf bytes, the JCS form of DESIGN A3's record, straight from its fields: the
 * sequencer writes one per entry, and a JSON tree canonicalised cost it more than the rest of the
 * entry's record work. Every member name, and every value but {@code payloadType}, is ASCII that
 * JCS leaves as it is (base64, lowercase hex, digits, the fixed time format); members go in JCS
 * order, which is their UTF-16 order: envelope, index, integratedTime, prev; payload, payloadType,
 * signatures; keyid, sig. Equal to {@code Jcs.canonicalize(record.toJson())}, as tests check.
 */
final class LeafBytes {
  private byte[] out;
  private int length;

  private LeafBytes(int capacity) {
    out = new byte[capacity];
  }

  static byte[] of(ChainRecord record) {
    DsseEnvelope envelope = record.envelope();
    byte[] payloadType;
    try {
      payloadType = Jcs.quote(envelope.payloadType());
    } catch (JsonFormatException e) {
      throw new IllegalStateException("payloadType cannot be canonicalised", e);
    }
    String payload = envelope.payload().base64();
    LeafBytes leaf = new LeafBytes(payload.length() + payloadType.length + 256
        + 200 * envelope.signatures().size());
    leaf.ascii("{\"envelope\":{\"payload\":\"").ascii(payload).ascii("\",\"payloadType\":");
    leaf.bytes(payloadType).ascii(",\"signatures\":[");
    for (int i = 0; i < envelope.signatures().size(); i++) {
      DsseSignature signature = envelope.signatures().get(i);
      leaf.ascii(i == 0 ? "{\"keyid\":\"" : ",{\"keyid\":\"").ascii(signature.keyId())
          .ascii("\",\"sig\":\"").ascii(signature.sig().base64()).ascii("\"}");
    }
    leaf.ascii("]},\"index\":").ascii(Long.toString(record.index()))
        .ascii(",\"integratedTime\":\"").ascii(record.integratedTime().toString())
        .ascii("\",\"prev\":\"").ascii(record.prev().hex()).ascii("\"}");
    return Arrays.copyOf(leaf.out, leaf.length);
  }

  private LeafBytes ascii(String s) {
    return bytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  private LeafBytes bytes(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, out, length, b.length);
    length += b.length;
    return this;
  }

  private void ensure(int more) {
    if (length + more > out.length) {
      out = Arrays.copyOf(out, Math.max(2 * out.length, length + more));
    }
  }
}
