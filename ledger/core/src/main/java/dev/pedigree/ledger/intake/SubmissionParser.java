package dev.pedigree.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.EnvelopeException;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.json.MalformedJsonException;
import dev.pedigree.ledger.json.StrictJson;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;

/** Turns a submitted body into a {@link Submission}, or the first refusal of DESIGN A8. */
final class SubmissionParser {
  private SubmissionParser() {}

  static Submission parse(byte[] body) throws RejectedException {
    // DESIGN A3: the record holds the envelope, so a body past the record's limit cannot fit; the
    // check also bounds what the parsers below read.
    if (body.length > Records.MAX_LEAF_BYTES) {
      throw new RejectedException(
          Rejection.TOO_LARGE,
          null,
          "body of " + body.length + " bytes, want at most " + Records.MAX_LEAF_BYTES);
    }
    return fromEnvelope(envelope(body));
  }

  /** The checks of {@link #parse} that follow reading the envelope. */
  static Submission fromEnvelope(DsseEnvelope envelope) throws RejectedException {
    if (!envelope.payloadType().equals(Dsse.IN_TOTO_PAYLOAD_TYPE)) {
      throw new RejectedException(
          Rejection.BAD_PAYLOAD_TYPE,
          "/payloadType",
          "got payloadType \"" + envelope.payloadType() + "\", want \""
              + Dsse.IN_TOTO_PAYLOAD_TYPE + "\"");
    }
    byte[] payload = envelope.payload().toByteArray();
    Statement statement = statement(payload);
    return Submission.of(envelope, payload, statement);
  }

  private static DsseEnvelope envelope(byte[] body) throws RejectedException {
    JsonNode json;
    try {
      json = StrictJson.parse(body);
    } catch (MalformedJsonException e) {
      throw new RejectedException(
          Rejection.MALFORMED_JSON, e.field().orElse(null), "envelope: " + e.getMessage());
    }
    try {
      return DsseEnvelope.fromJson(json);
    } catch (EnvelopeException e) {
      Rejection rejection =
          switch (e.reason()) {
            case MALFORMED -> Rejection.MALFORMED_JSON;
            case BAD_BASE64 -> Rejection.BAD_BASE64;
            // DESIGN A3: a repeated keyid is 400 invalid-statement, never silently dropped.
            case DUPLICATE_KEYID -> Rejection.INVALID_STATEMENT;
            // DESIGN A3: every signature must verify, else 422 bad-signature; one of another
            // length than Ed25519's 64 bytes cannot.
            case BAD_SIGNATURE -> Rejection.BAD_SIGNATURE;
          };
      throw new RejectedException(rejection, e.field(), "envelope: " + e.getMessage());
    }
  }

  private static Statement statement(byte[] payload) throws RejectedException {
    JsonNode json;
    try {
      json = StrictJson.parseCanonical(payload);
    } catch (MalformedJsonException e) {
      throw new RejectedException(
          Rejection.MALFORMED_JSON, e.field().orElse(null), "payload: " + e.getMessage());
    } catch (JsonFormatException e) {
      // DESIGN A1: a payload is accepted only if its bytes equal JCS(parse(bytes)).
      throw new RejectedException(
          Rejection.NON_CANONICAL, e.field().orElse(null), "payload: " + e.getMessage());
    }
    try {
      return Statement.parse(json);
    } catch (StatementException e) {
      throw new RejectedException(Rejection.INVALID_STATEMENT, e.field(), e.getMessage());
    }
  }
}
