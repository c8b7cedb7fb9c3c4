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
    int typeDigits = digits(type.length);
    int payloadDigits = digits(payload.length);
    // the three SPs after LEN(type), type and LEN(body)
    int length = PREFIX.length + typeDigits + type.length + payloadDigits + payload.length + 3;
    byte[] out = new byte[length];
    System.arraycopy(PREFIX, 0, out, 0, PREFIX.length);
    int at = writeDecimal(type.length, typeDigits, out, PREFIX.length);
    out[at++] = ' ';
    System.arraycopy(type, 0, out, at, type.length);
    at += type.length;
    out[at++] = ' ';
    at = writeDecimal(payload.length, payloadDigits, out, at);
    out[at++] = ' ';
    System.arraycopy(payload, 0, out, at, payload.length);
    return out;
  }

  /** The number of decimal digits of {@code n} ≥ 0. */
  private static int digits(int n) {
    int digits = 1;
    for (int rest = n; rest >= 10; rest /= 10) {
      digits++;
    }
    return digits;
  }

  /** Writes the {@code digits} ASCII decimal digits of {@code n} at {@code at}; returns the end. */
  private static int writeDecimal(int n, int digits, byte[] out, int at) {
    int rest = n;
    for (int i = at + digits - 1; i >= at; i--) {
      out[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return at + digits;
  }
}
