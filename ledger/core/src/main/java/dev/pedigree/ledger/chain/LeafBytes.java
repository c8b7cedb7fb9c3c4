package dev.pedigree.ledger.chain;

import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.JsonFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a record's leaf bytes, the JCS form of DESIGN A3's record, straight from its fields: the
 * sequencer writes one per entry, and a JSON tree canonicalised cost it more than the rest of the
 * entry's record work. Every member name, and every value but {@code payloadType}, is ASCII that
 * JCS leaves as it is (base64, lowercase hex, digits, the fixed time format); members go in JCS
 * order, which is their UTF-16 order: envelope, index, integratedTime, prev; payload, payloadType,
 * signatures; keyid, sig. Equal to {@code Jcs.canonicalize(record.toJson())}, as tests check.
 *
 * <p>The buffer is sized exactly before anything is written, and the base64 and hex values are
 * encoded into it in place: no intermediate strings. The {@link #head} is written apart from the
 * rest, so that the part only the envelope decides can be written before the entry has an index
 * ({@link LeafPrefix}).
 */
final class LeafBytes {
  private static final byte[] BASE64 =
      ascii("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  private static final byte[] OPEN = ascii("{\"envelope\":{\"payload\":\"");
  private static final byte[] PAYLOAD_TYPE = ascii("\",\"payloadType\":");
  private static final byte[] SIGNATURES = ascii(",\"signatures\":[");
  private static final byte[] FIRST_KEYID = ascii("{\"keyid\":\"");
  private static final byte[] NEXT_KEYID = ascii(",{\"keyid\":\"");
  private static final byte[] SIG = ascii("\",\"sig\":\"");
  private static final byte[] SIGNATURE_END = ascii("\"}");
  private static final byte[] INDEX = ascii("]},\"index\":");
  private static final byte[] TIME = ascii(",\"integratedTime\":\"");
  private static final byte[] PREV = ascii("\",\"prev\":\"");
  private static final byte[] CLOSE = ascii("\"}");

  private final byte[] out;
  private int length;

  private LeafBytes(int capacity) {
    out = new byte[capacity];
  }

  static byte[] of(ChainRecord record) {
    return finish(head(record.envelope()), record);
  }

  /**
   * The leaf bytes up to the index's value, {@code {"envelope":{...},"index":}}: what only the
   * envelope decides.
   */
  static byte[] head(DsseEnvelope envelope) {
    byte[] payloadType;
    try {
      payloadType = Jcs.quote(envelope.payloadType());
    } catch (JsonFormatException e) {
      throw new IllegalStateException("payloadType cannot be canonicalised", e);
    }
    byte[] payload = envelope.payload().toByteArray();
    List<DsseSignature> signatures = envelope.signatures();
    byte[][] keyIds = new byte[signatures.size()][];
    byte[][] sigs = new byte[signatures.size()][];
    int size = OPEN.length + base64Length(payload.length) + PAYLOAD_TYPE.length
        + payloadType.length + SIGNATURES.length + INDEX.length;
    for (int i = 0; i < signatures.size(); i++) {
      keyIds[i] = ascii(signatures.get(i).keyId());
      sigs[i] = signatures.get(i).sig().toByteArray();
      size += (i == 0 ? FIRST_KEYID : NEXT_KEYID).length + keyIds[i].length + SIG.length
          + base64Length(sigs[i].length) + SIGNATURE_END.length;
    }
    LeafBytes leaf = new LeafBytes(size);
    leaf.bytes(OPEN).base64(payload).bytes(PAYLOAD_TYPE).bytes(payloadType).bytes(SIGNATURES);
    for (int i = 0; i < signatures.size(); i++) {
      leaf.bytes(i == 0 ? FIRST_KEYID : NEXT_KEYID).bytes(keyIds[i]).bytes(SIG).base64(sigs[i])
          .bytes(SIGNATURE_END);
    }
    leaf.bytes(INDEX);
    return leaf.sized(size);
  }

  /** {@code head} (of the record's envelope) followed by the rest of the record's leaf bytes. */
  static byte[] finish(byte[] head, ChainRecord record) {
    byte[] index = ascii(Long.toString(record.index()));
    byte[] time = ascii(record.integratedTime().toString());
    byte[] prev = record.prev().toByteArray();
    int size = head.length + index.length + TIME.length + time.length + PREV.length
        + 2 * prev.length + CLOSE.length;
    LeafBytes leaf = new LeafBytes(size);
    leaf.bytes(head).bytes(index).bytes(TIME).bytes(time).bytes(PREV).hex(prev).bytes(CLOSE);
    return leaf.sized(size);
  }

  private byte[] sized(int size) {
    if (length != size) {
      throw new IllegalStateException("leaf of " + length + " bytes, sized " + size);
    }
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Padded base64 of {@code n} bytes: 4 characters per started group of 3. */
  private static int base64Length(int n) {
    return (n + 2) / 3 * 4;
  }

  private LeafBytes bytes(byte[] b) {
    System.arraycopy(b, 0, out, length, b.length);
    length += b.length;
    return this;
  }

  /** Standard padded base64 (RFC 4648 §4), as {@code CanonicalBase64.encode} writes it. */
  private LeafBytes base64(byte[] b) {
    int full = b.length / 3 * 3;
    int at = length;
    for (int i = 0; i < full; i += 3) {
      int bits = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
      out[at++] = BASE64[bits >>> 18];
      out[at++] = BASE64[(bits >>> 12) & 0x3f];
      out[at++] = BASE64[(bits >>> 6) & 0x3f];
      out[at++] = BASE64[bits & 0x3f];
    }
    int rest = b.length - full;
    if (rest > 0) {
      int bits = (b[full] & 0xff) << 16 | (rest == 2 ? (b[full + 1] & 0xff) << 8 : 0);
      out[at++] = BASE64[bits >>> 18];
      out[at++] = BASE64[(bits >>> 12) & 0x3f];
      out[at++] = rest == 2 ? BASE64[(bits >>> 6) & 0x3f] : (byte) '=';
      out[at++] = '=';
    }
    length = at;
    return this;
  }

  /** Lowercase hex. */
  private LeafBytes hex(byte[] b) {
    length = Hex.encode(b, out, length);
    return this;
  }
}
