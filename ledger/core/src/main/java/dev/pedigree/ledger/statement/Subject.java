package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.util.Objects;

/**
 * An in-toto subject with its SHA-256 digest: a file of the model, a target entry or a key,
 * depending on the kind (DESIGN A4).
 */
public record Subject(String name, Digest sha256) {
  public Subject {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A file of a model: its path and the SHA-256 of its content. */
  public static Subject file(FilePath path, Digest sha256) {
    return new Subject(path.value(), sha256);
  }

  /** A subject naming an entry, as attestations and revocations have: name and digest the id. */
  public static Subject entry(EntryId id) {
    return new Subject(id.hex(), new Digest(id.hex()));
  }

  /** A subject naming a key, as key entries have: name and digest the keyid. */
  public static Subject key(String keyId) {
    return new Subject(keyId, new Digest(keyId));
  }

  /** {@code {"name": ..., "digest": {"sha256": ...}}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("name", name);
    node.putObject("digest").put("sha256", sha256.hex());
    return node;
  }
}
