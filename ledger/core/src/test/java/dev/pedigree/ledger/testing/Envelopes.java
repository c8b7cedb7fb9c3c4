package dev.pedigree.ledger.testing;

import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.statement.Statement;
import java.util.List;

/** Signs statements into submission bodies, as a client following DESIGN A4 does. */
public final class Envelopes {
  private Envelopes() {}

  /** The payload: the statement's JCS bytes. */
  public static byte[] payload(Statement statement) {
    return jcs(statement.toJson());
  }

  /** The entry id of {@code statement}: hex SHA-256 of its payload. */
  public static String id(Statement statement) {
    return Sha256.hex(payload(statement));
  }

  /** The envelope of {@code statement} signed by every key, in its normalised JCS form. */
  public static byte[] sign(Statement statement, Ed25519PrivateKey... keys) {
    return body(DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload(statement), List.of(keys)));
  }

  /** Any payload bytes signed by every key under {@code payloadType}. */
  public static byte[] signRaw(String payloadType, byte[] payload, Ed25519PrivateKey... keys) {
    return body(DsseEnvelope.sign(payloadType, payload, List.of(keys)));
  }

  /** The body a client posts: the normalised envelope's JCS bytes. */
  public static byte[] body(DsseEnvelope envelope) {
    return jcs(envelope.toJson());
  }

  private static byte[] jcs(com.fasterxml.jackson.databind.JsonNode json) {
    try {
      return Jcs.canonicalize(json);
    } catch (JsonFormatException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
