package dev.pedigree.ledger.crypto;

import java.nio.charset.StandardCharsets;

/** DSSE v1 pre-authentication encoding (secure-systems-lab/dsse, protocol.md). */
public final class Dsse {
  /** The payload type of an in-toto statement (DESIGN A4). */
  public static final String IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

  /** "DSSEv1" SP, how every PAE starts. */
  private static final byte[] PREFIX = "DSSEv1 ".getBytes(StandardCharsets.US_ASCII);

  private Dsse() {}

  /**
   * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, where LEN is the length
   * in bytes as ASCII decimal and the type is taken as UTF-8: the bytes every signature covers.
   * Written into one array of exactly that length.
   */
  public static byte[] pae(String payloadType, byte[] payload) {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    byte[] typeLength = decimal(type.length);
    byte[] payloadLength = decimal(payload.length);
    byte[] out = new byte[PREFIX.length + typeLength.length + type.length + payloadLength.length
        + payload.length + 3]; // the three SPs after LEN(type), type and LEN(body)
    int at = put(PREFIX, out, 0);
    at = put(typeLength, out, at);
    out[at++] = ' ';
    at = put(type, out, at);
    out[at++] = ' ';
    at = put(payloadLength, out, at);
    out[at++] = ' ';
    put(payload, out, at);
    return out;
  }

  private static byte[] decimal(int n) {
    return Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
  }

  /** Copies {@code bytes} into {@code out} at {@code at}; returns the end. */
  private static int put(byte[] bytes, byte[] out, int at) {
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }
}
