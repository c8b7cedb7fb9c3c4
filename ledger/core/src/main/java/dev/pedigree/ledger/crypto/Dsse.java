package dev.pedigree.ledger.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** DSSE v1 pre-authentication encoding (secure-systems-lab/dsse, protocol.md). */
public final class Dsse {
  /** The payload type of an in-toto statement (DESIGN A4). */
  public static final String IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

  private Dsse() {}

  /**
   * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, where LEN is the length
   * in bytes as ASCII decimal and the type is taken as UTF-8: the bytes every signature covers.
   */
  public static byte[] pae(String payloadType, byte[] payload) {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 + type.length + payload.length);
    writeAscii(out, "DSSEv1 " + type.length + " ");
    out.writeBytes(type);
    writeAscii(out, " " + payload.length + " ");
    out.writeBytes(payload);
    return out.toByteArray();
  }

  private static void writeAscii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
