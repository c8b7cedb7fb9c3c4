package dev.pedigree.ledger.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.EnvelopeException.Reason;
import dev.pedigree.ledger.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The JSON form of a {@link DsseEnvelope}: strict parsing with JSON Pointers, and writing. */
final class DsseEnvelopeJson {
  private DsseEnvelopeJson() {}

  static DsseEnvelope parse(JsonNode json) throws EnvelopeException {
    if (json == null || !json.isObject()) {
      throw new EnvelopeException(Reason.MALFORMED, "", "envelope is not a JSON object");
    }
    byte[] payload = base64(json, "payload", "/payload");
    String payloadType = text(json, "payloadType", "/payloadType");
    JsonNode array = json.get("signatures");
    if (array == null || !array.isArray()) {
      throw new EnvelopeException(
          Reason.MALFORMED, "/signatures", "signatures is missing or not an array");
    }
    if (array.isEmpty() || array.size() > DsseEnvelope.MAX_SIGNATURES) {
      throw new EnvelopeException(
          Reason.MALFORMED,
          "/signatures",
          "got " + array.size() + " signatures, want 1 to " + DsseEnvelope.MAX_SIGNATURES);
    }
    List<DsseSignature> signatures = new ArrayList<>(array.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      DsseSignature signature = signature(array.get(i), "/signatures/" + i);
      if (!seen.add(signature.keyId())) {
        throw new EnvelopeException(
            Reason.DUPLICATE_KEYID,
            "/signatures/" + i + "/keyid",
            "keyid " + signature.keyId() + " signs twice");
      }
      signatures.add(signature);
    }
    return new DsseEnvelope(Bytes.copyOf(payload), payloadType, signatures);
  }

  private static DsseSignature signature(JsonNode json, String pointer)
      throws EnvelopeException {
    if (!json.isObject()) {
      throw new EnvelopeException(Reason.MALFORMED, pointer, "signature is not a JSON object");
    }
    String keyId = text(json, "keyid", pointer + "/keyid");
    if (!Hex.isLowerHex(keyId, Sha256.LENGTH)) {
      throw new EnvelopeException(
          Reason.MALFORMED,
          pointer + "/keyid",
          "keyid is not 64 lowercase hex digits: got " + keyId.length() + " characters");
    }
    byte[] sig = base64(json, "sig", pointer + "/sig");
    if (sig.length != Ed25519PublicKey.SIGNATURE_LENGTH) {
      throw new EnvelopeException(
          Reason.BAD_SIGNATURE,
          pointer + "/sig",
          "signature of " + sig.length + " bytes, want " + Ed25519PublicKey.SIGNATURE_LENGTH);
    }
    return new DsseSignature(keyId, Bytes.copyOf(sig));
  }

  private static String text(JsonNode json, String name, String pointer)
      throws EnvelopeException {
    JsonNode value = json.get(name);
    if (value == null || !value.isTextual()) {
      throw new EnvelopeException(
          Reason.MALFORMED, pointer, name + " is missing or not a string");
    }
    return value.textValue();
  }

  private static byte[] base64(JsonNode json, String name, String pointer)
      throws EnvelopeException {
    String text = text(json, name, pointer);
    try {
      return CanonicalBase64.decode(text);
    } catch (Base64Exception e) {
      throw new EnvelopeException(Reason.BAD_BASE64, pointer, name + ": " + e.getMessage());
    }
  }

  static ObjectNode write(DsseEnvelope envelope) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("payload", envelope.payload().base64());
    json.put("payloadType", envelope.payloadType());
    ArrayNode signatures = json.putArray("signatures");
    for (DsseSignature signature : envelope.signatures()) {
      signatures.addObject().put("keyid", signature.keyId()).put("sig", signature.sig().base64());
    }
    return json;
  }
}
