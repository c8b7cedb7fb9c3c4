package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Binds, rotates or revokes a namespace's keys (DESIGN A5 {@code key}). An empty list stands for
 * an omitted member: the wire allows each list omitted or non-empty, and at least one present.
 * Each list is sorted by keyid, the two are disjoint, and {@code reason} is present exactly when
 * keys are removed.
 */
public record KeyChange(
    Namespace namespace,
    Optional<EntryId> previous,
    List<Ed25519PublicKey> add,
    List<Ed25519PublicKey> remove,
    Optional<KeyReason> reason)
    implements Predicate {
  /** Bounds each list before anything is built from it: a record is at most 65,535 bytes. */
  public static final int MAX_KEYS = 1024;

  public KeyChange {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(reason, "reason");
    List<Ed25519PublicKey> added = List.copyOf(add);
    List<Ed25519PublicKey> removed = List.copyOf(remove);
    Optional<KeyReason> why = reason;
    Invariant.require(() -> check(added, removed, why));
    add = added;
    remove = removed;
  }

  public static KeyChange of(
      Namespace namespace,
      Optional<EntryId> previous,
      List<Ed25519PublicKey> add,
      List<Ed25519PublicKey> remove,
      Optional<KeyReason> reason)
      throws StatementException {
    check(add, remove, reason);
    return new KeyChange(namespace, previous, add, remove, reason);
  }

  /** Checks the lists and the reason; pointers are relative to the predicate. */
  static void check(
      List<Ed25519PublicKey> add, List<Ed25519PublicKey> remove, Optional<KeyReason> reason)
      throws StatementException {
    if (add.isEmpty() && remove.isEmpty()) {
      throw new StatementException("", "got neither add nor remove, want at least one");
    }
    checkSorted(add, "/add");
    checkSorted(remove, "/remove");
    Set<String> added = new HashSet<>();
    add.forEach(k -> added.add(k.keyId()));
    for (int i = 0; i < remove.size(); i++) {
      if (added.contains(remove.get(i).keyId())) {
        throw new StatementException(
            "/remove/" + i,
            "got keyid " + remove.get(i).keyId() + " in both add and remove, want them disjoint");
      }
    }
    if (reason.isPresent() && remove.isEmpty()) {
      throw new StatementException(
          "/reason",
          "got " + Quote.of(reason.get().wireName())
              + " with no key removed, want a reason only with remove");
    }
    if (reason.isEmpty() && !remove.isEmpty()) {
      throw new StatementException(
          "/reason", "got no reason for removing keys, want rotated or compromised");
    }
  }

  private static void checkSorted(List<Ed25519PublicKey> keys, String pointer)
      throws StatementException {
    if (keys.size() > MAX_KEYS) {
      throw new StatementException(
          pointer, "got " + keys.size() + " keys, want at most " + MAX_KEYS);
    }
    for (int i = 1; i < keys.size(); i++) {
      String before = keys.get(i - 1).keyId();
      String here = keys.get(i).keyId();
      if (before.compareTo(here) >= 0) {
        throw new StatementException(
            pointer + "/" + i,
            "got keyid " + here + " after " + before
                + ", want keys sorted by keyid, each once");
      }
    }
  }

  @Override
  public Kind kind() {
    return Kind.KEY;
  }

  @Override
  public Optional<Namespace> signerNamespace() {
    return Optional.of(namespace);
  }

  /** The keyids of the subjects: the added keys, then the removed ones (DESIGN A4). */
  public List<String> subjectKeyIds() {
    return Stream.concat(add.stream(), remove.stream())
        .map(Ed25519PublicKey::keyId)
        .toList();
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("namespace", namespace.value());
    previous.ifPresent(p -> node.put("previous", p.hex()));
    writeKeys(node, "add", add);
    writeKeys(node, "remove", remove);
    reason.ifPresent(r -> node.put("reason", r.wireName()));
    return node;
  }

  private static void writeKeys(ObjectNode node, String member, List<Ed25519PublicKey> keys) {
    if (keys.isEmpty()) {
      return;
    }
    ArrayNode array = node.putArray(member);
    for (Ed25519PublicKey key : keys) {
      array.addObject().put("type", "ed25519").put("key", key.raw().base64());
    }
  }
}
