package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@code key} predicate (DESIGN A5); pointers are relative to the predicate. */
final class KeyChangeParser {
  private KeyChangeParser() {}

  static KeyChange parse(JsonNode node) throws StatementException {
    Members p =
        Members.of(node, "", List.of("namespace"), List.of("previous", "add", "remove", "reason"));
    Namespace namespace = p.value("namespace", Namespace::of);
    Optional<EntryId> previous = p.optionalValue("previous", EntryId::of);
    List<Ed25519PublicKey> add = keys(p, "add");
    List<Ed25519PublicKey> remove = keys(p, "remove");
    Optional<KeyReason> reason = p.optionalValue("reason", KeyReason::of);
    return KeyChange.of(namespace, previous, add, remove, reason);
  }

  /** A list of keys, empty when the member is omitted; present but empty is refused. */
  private static List<Ed25519PublicKey> keys(Members p, String member) throws StatementException {
    if (!p.has(member)) {
      return List.of();
    }
    ArrayNode array = p.array(member, KeyChange.MAX_KEYS);
    if (array.isEmpty()) {
      throw new StatementException(
          p.at(member), "got an empty list, want at least one key or the member omitted");
    }
    List<Ed25519PublicKey> keys = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      keys.add(key(array.get(i), JsonFields.index(p.at(member), i)));
    }
    return keys;
  }

  /** {@code {"type": "ed25519", "key": <base64 of the raw 32 bytes>}}. */
  private static Ed25519PublicKey key(JsonNode node, String at) throws StatementException {
    Members k = Members.of(node, at, List.of("key", "type"), List.of());
    String type = k.text("type");
    if (!type.equals("ed25519")) {
      throw new StatementException(k.at("type"), "got " + Quote.of(type) + ", want \"ed25519\"");
    }
    String text = k.text("key");
    try {
      return Ed25519PublicKey.fromRaw(CanonicalBase64.decode(text));
    } catch (Base64Exception | KeyFormatException e) {
      throw new StatementException(
          k.at("key"), "got " + Quote.of(text) + ", want canonical base64 of 32 bytes: "
              + e.getMessage());
    }
  }
}
