package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Kind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store's indexes need to know about an entry, taken from its statement by the sequencer
 * so that the store never parses a leaf. Build one with the factory of its kind.
 *
 * @param namespace the signing namespace: the model's namespace, the attester, the target's
 *     namespace for a revocation, the {@code namespace} of a key entry (DESIGN A5 "Key rules")
 * @param model the name and version, present exactly for model kinds
 * @param files the model's files (empty for other kinds)
 * @param parents the model's parents (empty for releases and other kinds)
 * @param target the target entry id, present exactly for attestations and revocations
 * @param keysAdded the keyids a key entry adds
 * @param keysRemoved the keyids a key entry removes
 * @param removalReason present exactly when {@code keysRemoved} is not empty
 * @param signers the keyids of the envelope's signatures, at least one
 */
public record EntryFacts(
    Kind kind,
    String namespace,
    Optional<ModelName> model,
    List<FileDigest> files,
    List<ParentLink> parents,
    Optional<Bytes> target,
    List<Bytes> keysAdded,
    List<Bytes> keysRemoved,
    Optional<RemovalReason> removalReason,
    List<Bytes> signers) {

  public EntryFacts {
    Objects.requireNonNull(kind, "kind");
    Checks.token("namespace", namespace, 64);
    files = List.copyOf(files);
    parents = List.copyOf(parents);
    keysAdded = List.copyOf(keysAdded);
    keysRemoved = List.copyOf(keysRemoved);
    signers = List.copyOf(signers);
    keysAdded.forEach(k -> Checks.digest("added keyid", k));
    keysRemoved.forEach(k -> Checks.digest("removed keyid", k));
    signers.forEach(k -> Checks.digest("signer keyid", k));
    target.ifPresent(t -> Checks.digest("target id", t));
    require(model.isPresent() == kind.isModel(), kind, "a model name exactly for model kinds");
    require(files.isEmpty() != kind.isModel(), kind, "files exactly for model kinds");
    require(parents.isEmpty() || kind == Kind.MODIFICATION || kind == Kind.DERIVATION,
        kind, "parents only on modifications and derivations");
    require(target.isPresent() == kind.hasTarget(), kind, "a target exactly for "
        + "attestations and revocations");
    require(kind == Kind.KEY || (keysAdded.isEmpty() && keysRemoved.isEmpty()), kind,
        "added or removed keys only on key entries");
    require(kind != Kind.KEY || !(keysAdded.isEmpty() && keysRemoved.isEmpty()), kind,
        "a key entry to add or remove at least one key");
    require(removalReason.isPresent() != keysRemoved.isEmpty(), kind,
        "a removal reason exactly when keys are removed");
    require(!signers.isEmpty(), kind, "at least one signer");
  }

  /** A release, modification or derivation. */
  public static EntryFacts model(Kind kind, String namespace, ModelName name,
      List<FileDigest> files, List<ParentLink> parents, List<Bytes> signers) {
    return new EntryFacts(kind, namespace, Optional.of(name), files, parents, Optional.empty(),
        List.of(), List.of(), Optional.empty(), signers);
  }

  /** An attestation by the {@code attester} namespace about {@code target}. */
  public static EntryFacts attestation(String attester, Bytes target, List<Bytes> signers) {
    return new EntryFacts(Kind.ATTESTATION, attester, Optional.empty(), List.of(), List.of(),
        Optional.of(target), List.of(), List.of(), Optional.empty(), signers);
  }

  /** A revocation of {@code target}, signed by a key of the target's namespace. */
  public static EntryFacts revocation(String namespace, Bytes target, List<Bytes> signers) {
    return new EntryFacts(Kind.REVOCATION, namespace, Optional.empty(), List.of(), List.of(),
        Optional.of(target), List.of(), List.of(), Optional.empty(), signers);
  }

  /** A key entry of {@code namespace}; {@code reason} is required when keys are removed. */
  public static EntryFacts key(String namespace, List<Bytes> added, List<Bytes> removed,
      Optional<RemovalReason> reason, List<Bytes> signers) {
    return new EntryFacts(Kind.KEY, namespace, Optional.empty(), List.of(), List.of(),
        Optional.empty(), added, removed, reason, signers);
  }

  private static void require(boolean condition, Kind kind, String want) {
    if (!condition) {
      throw new IllegalArgumentException(kind.wireName() + " facts: want " + want);
    }
  }
}
