package dev.pedigree.ledger.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.EnvelopeException;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.json.StrictJson;
import java.util.Iterator;
import java.util.Set;

/**
 * The record of DESIGN A3, whose JCS bytes are the leaf of entry {@code index}: the normalised
 * envelope, the index, the integrated time and {@code prev}, the RFC 6962 leaf hash of the record
 * before (32 zero bytes for index 0).
 */
public record ChainRecord(DsseEnvelope envelope, long index, IntegratedTime integratedTime, Bytes prev) {
  /** DESIGN A3: a record is at most 65,535 bytes, so that tlog-tiles can serve every entry. */
  public static final int MAX_LEAF_BYTES = 65_535;

  /** {@code prev} of the first record. */
  public static final Bytes GENESIS_PREV = Bytes.copyOf(new byte[Sha256.LENGTH]);

  private static final Set<String> MEMBERS = Set.of("envelope", "index", "integratedTime", "prev");
  private static final long MAX_INDEX = (1L << 53) - 1;

  public ChainRecord {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("index " + index + " outside [0, 2^53-1]");
    }
    if (prev.length() != Sha256.LENGTH) {
      throw new IllegalArgumentException("prev of " + prev.length() + " bytes, want 32");
    }
  }

  /** The JSON tree of the record. */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.set("envelope", envelope.toJson());
    node.put("index", index);
    node.put("integratedTime", integratedTime.toString());
    node.put("prev", prev.hex());
    return node;
  }

  /** The leaf bytes: the JCS form of the record, {@code Jcs.canonicalize(toJson())}. */
  public byte[] leafBytes() {
    return LeafBytes.of(this);
  }

  /**
   * Reads leaf bytes strictly: canonical JSON, exactly the four members, a normalised envelope.
   *
   * @param expectedIndex the index the leaf is read at, named in errors
   * @throws ChainException naming what is wrong
   */
  public static ChainRecord parse(long expectedIndex, byte[] leaf) throws ChainException {
    if (leaf.length > MAX_LEAF_BYTES) {
      throw new ChainException(expectedIndex, "leaf of " + leaf.length + " bytes, at most 65535");
    }
    JsonNode node;
    try {
      node = StrictJson.parseCanonical(leaf);
    } catch (JsonFormatException e) {
      throw new ChainException(expectedIndex, "leaf is not canonical JSON: " + e.getMessage());
    }
    if (!node.isObject()) {
      throw new ChainException(expectedIndex, "leaf is not a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw new ChainException(expectedIndex, "unknown member \"" + name + "\" in record");
      }
    }
    for (String name : MEMBERS) {
      if (!node.has(name)) {
        throw new ChainException(expectedIndex, "record has no \"" + name + "\"");
      }
    }
    JsonNode index = node.get("index");
    JsonNode time = node.get("integratedTime");
    JsonNode prev = node.get("prev");
    if (!index.canConvertToExactIntegral() || !index.canConvertToLong()) {
      throw new ChainException(expectedIndex, "index is not an integer");
    }
    if (!time.isTextual()) {
      throw new ChainException(expectedIndex, "integratedTime is not a string");
    }
    if (!prev.isTextual() || !Hex.isLowerHex(prev.textValue(), Sha256.LENGTH)) {
      throw new ChainException(expectedIndex, "prev is not 64 lowercase hex digits");
    }
    DsseEnvelope envelope;
    try {
      envelope = DsseEnvelope.fromJson(node.get("envelope"));
    } catch (EnvelopeException e) {
      throw new ChainException(expectedIndex, "envelope: " + e.getMessage());
    }
    if (!envelope.toJson().equals(node.get("envelope"))) {
      throw new ChainException(expectedIndex, "envelope is not in normalised form");
    }
    try {
      return new ChainRecord(
          envelope,
          index.longValue(),
          IntegratedTime.parse(time.textValue()),
          Bytes.fromHex(prev.textValue()));
    } catch (IllegalArgumentException e) {
      throw new ChainException(expectedIndex, e.getMessage());
    }
  }
}
