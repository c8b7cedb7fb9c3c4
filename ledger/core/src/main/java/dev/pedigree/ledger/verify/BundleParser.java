package dev.pedigree.ledger.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.CheckpointFormatException;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.json.JsonPointers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads a bundle's JSON; every size is checked before what it sizes is decoded. */
final class BundleParser {
  private static final List<String> MEMBERS = List.of("mediaType", "entry", "keys", "revocations");
  private static final List<String> ITEM_MEMBERS = List.of("leaf", "proof");

  /** The base64 text of the largest leaf (DESIGN A3: 65,535 bytes). */
  private static final int MAX_LEAF_CHARS = (ChainRecord.MAX_LEAF_BYTES + 2) / 3 * 4;

  /**
   * A tlog-proof is 64 hashes at most, then a checkpoint note; 64 KiB leaves room for many
   * cosignature lines.
   */
  static final int MAX_PROOF_CHARS = 64 << 10;

  private BundleParser() {}

  static Bundle parse(byte[] json) throws BundleFormatException {
    if (json.length > Bundle.MAX_BYTES) {
      throw new BundleFormatException(
          "", "got " + json.length + " bytes, want at most " + Bundle.MAX_BYTES);
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new BundleFormatException("", "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BundleFormatException("", "not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BundleFormatException("", "not a JSON object");
    }
    checkMembers(root, MEMBERS, "");
    JsonNode mediaType = root.get("mediaType");
    if (!mediaType.isTextual() || !Bundle.MEDIA_TYPE.equals(mediaType.textValue())) {
      throw new BundleFormatException(
          "/mediaType", "got " + mediaType + ", want \"" + Bundle.MEDIA_TYPE + "\"");
    }
    BundleItem entry = item(root.get("entry"), "/entry");
    return new Bundle(
        entry, items(root.get("keys"), "/keys"), items(root.get("revocations"), "/revocations"));
  }

  private static List<BundleItem> items(JsonNode array, String pointer)
      throws BundleFormatException {
    if (!array.isArray()) {
      throw new BundleFormatException(pointer, "not an array");
    }
    if (array.size() > Bundle.MAX_ITEMS) {
      throw new BundleFormatException(
          pointer, "got " + array.size() + " items, want at most " + Bundle.MAX_ITEMS);
    }
    List<BundleItem> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(item(array.get(i), pointer + "/" + i));
    }
    return items;
  }

  private static BundleItem item(JsonNode node, String pointer) throws BundleFormatException {
    if (!node.isObject()) {
      throw new BundleFormatException(pointer, "not an object");
    }
    checkMembers(node, ITEM_MEMBERS, pointer);
    String leafText = text(node, "leaf", pointer, MAX_LEAF_CHARS);
    String proofText = text(node, "proof", pointer, MAX_PROOF_CHARS);
    byte[] leaf;
    try {
      leaf = CanonicalBase64.decode(leafText);
    } catch (Base64Exception e) {
      throw new BundleFormatException(pointer + "/leaf", e.getMessage());
    }
    if (leaf.length > ChainRecord.MAX_LEAF_BYTES) {
      throw new BundleFormatException(
          pointer + "/leaf",
          "got " + leaf.length + " bytes, want at most " + ChainRecord.MAX_LEAF_BYTES);
    }
    try {
      return new BundleItem(Bytes.copyOf(leaf), TlogProof.parse(proofText));
    } catch (CheckpointFormatException e) {
      throw new BundleFormatException(pointer + "/proof", e.getMessage());
    }
  }

  private static String text(JsonNode node, String member, String pointer, int maxChars)
      throws BundleFormatException {
    JsonNode value = node.get(member);
    if (!value.isTextual()) {
      throw new BundleFormatException(pointer + "/" + member, "not a string");
    }
    if (value.textValue().length() > maxChars) {
      throw new BundleFormatException(
          pointer + "/" + member,
          "got " + value.textValue().length() + " characters, want at most " + maxChars);
    }
    return value.textValue();
  }

  private static void checkMembers(JsonNode node, List<String> allowed, String pointer)
      throws BundleFormatException {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BundleFormatException(JsonPointers.append(pointer, name), "unknown member");
      }
    }
    for (String name : allowed) {
      if (!node.has(name)) {
        throw new BundleFormatException(pointer + "/" + name, "missing");
      }
    }
  }
}
