package dev.pedigree.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A consistency proof as {@code GET /v1/log/proofs/consistency} answers it (DESIGN A8): {@code
 * {"from": M, "to": N, "hashes": [hex...]}}; other members (a test vector's roots) are ignored.
 */
record ConsistencyProofJson(long from, long to, List<Bytes> hashes) {
  /** RFC 6962 §2.1.2: at most about 2·log2(2^64) hashes; more is not a proof. */
  static final int MAX_HASHES = 128;

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  ConsistencyProofJson {
    hashes = List.copyOf(hashes);
  }

  /** Reads the document; {@code source} names it in errors. */
  static ConsistencyProofJson parse(byte[] json, String source) throws InputException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new InputException(source + ": not JSON");
    }
    if (root == null || !root.isObject()) {
      throw new InputException(source + ": want {\"from\", \"to\", \"hashes\"}");
    }
    long from = size(root, "from", source);
    long to = size(root, "to", source);
    JsonNode array = root.get("hashes");
    if (array == null || !array.isArray()) {
      throw new InputException(source + ": /hashes: want an array of hex SHA-256 hashes");
    }
    if (array.size() > MAX_HASHES) {
      throw new InputException(
          source + ": /hashes: got " + array.size() + " hashes, want at most " + MAX_HASHES);
    }
    List<Bytes> hashes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode h = array.get(i);
      if (!h.isTextual() || !HEX.matcher(h.textValue()).matches()) {
        throw new InputException(
            source + ": /hashes/" + i + ": want 64 lowercase hex digits, got " + h);
      }
      hashes.add(Bytes.fromHex(h.textValue()));
    }
    return new ConsistencyProofJson(from, to, hashes);
  }

  private static long size(JsonNode root, String member, String source) throws InputException {
    JsonNode n = root.get(member);
    if (n == null || !n.canConvertToExactIntegral() || n.asLong() < 0 || !n.canConvertToLong()) {
      throw new InputException(source + ": /" + member + ": want a tree size, got " + n);
    }
    return n.asLong();
  }

  List<byte[]> hashBytes() {
    return hashes.stream().map(Bytes::toByteArray).toList();
  }
}
