package dev.pedigree.api.handler;

import dev.pedigree.ledger.crypto.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a proof answer, {@code {"<first>":A,"<second>":B,"hashes":["<hex>",...]}} (DESIGN
 * A8), written straight into bytes. It is byte for byte what the configured mapper writes for the
 * same members in the same order (two numbers and lowercase hex need no escaping), without a map,
 * a list of strings and a serializer for every proof served.
 */
final class ProofJson {
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private ProofJson() {}

  /** The member names must be plain ASCII needing no escape; the values are written signed. */
  static byte[] of(String first, long firstValue, String second, long secondValue,
      List<Bytes> hashes) {
    byte[] head = ("{\"" + first + "\":" + firstValue + ",\"" + second + "\":" + secondValue
        + ",\"hashes\":[").getBytes(StandardCharsets.US_ASCII);
    int size = head.length + 2;
    for (Bytes hash : hashes) {
      size += 2 * hash.length() + 3; // the hex, its quotes and a comma
    }
    byte[] out = new byte[hashes.isEmpty() ? size : size - 1];
    System.arraycopy(head, 0, out, 0, head.length);
    int at = head.length;
    for (int h = 0; h < hashes.size(); h++) {
      if (h > 0) {
        out[at++] = ',';
      }
      out[at++] = '"';
      Bytes hash = hashes.get(h);
      for (int i = 0; i < hash.length(); i++) {
        int b = hash.get(i) & 0xff;
        out[at++] = DIGITS[b >>> 4];
        out[at++] = DIGITS[b & 0x0f];
      }
      out[at++] = '"';
    }
    out[at++] = ']';
    out[at++] = '}';
    return out;
  }
}
