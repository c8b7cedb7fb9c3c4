package dev.pedigree.ledger.statement;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.manifest.ManifestDigest;
import dev.pedigree.ledger.manifest.ManifestOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds statements to sign: files go into manifest order and the manifest digest is computed,
 * keys are sorted by keyid, and the subjects follow from the predicate. Every rule of {@link
 * Statement#parse} holds for what is built, or the factory throws.
 */
public final class Statements {
  private Statements() {}

  /** A release of {@code model} with these files, in any order. */
  public static Statement release(
      ModelRef model, List<Subject> files, License license, ModelDetails details)
      throws StatementException {
    List<Subject> sorted = manifestOrder(files);
    return Statement.of(sorted, new Release(model, digestOf(sorted), license, details));
  }

  /** A new version of the model of entry {@code parent}, with these files, in any order. */
  public static Statement modification(
      ModelRef model, List<Subject> files, License license, EntryId parent, ModelDetails details)
      throws StatementException {
    List<Subject> sorted = manifestOrder(files);
    return Statement.of(
        sorted, new Modification(model, digestOf(sorted), license, parent, details));
  }

  /** A model derived from {@code parents}, with these files, in any order. */
  public static Statement derivation(
      ModelRef model,
      List<Subject> files,
      License license,
      List<Parent> parents,
      ModelDetails details)
      throws StatementException {
    List<Subject> sorted = manifestOrder(files);
    Derivation derivation;
    try {
      derivation = Derivation.of(model, digestOf(sorted), license, parents, details);
    } catch (StatementException e) {
      throw e.under("/predicate");
    }
    return Statement.of(sorted, derivation);
  }

  public static Statement attestation(Namespace attester, EntryId target, Claim claim)
      throws StatementException {
    return Statement.of(List.of(Subject.entry(target)), new Attestation(attester, target, claim));
  }

  public static Statement revocation(EntryId target, RevocationReason reason, Severity severity)
      throws StatementException {
    return Statement.of(List.of(Subject.entry(target)), new Revocation(target, reason, severity));
  }

  /**
   * A key entry of {@code namespace}; {@code add} and {@code remove} in any order, either empty
   * when no key is added or removed.
   */
  public static Statement key(
      Namespace namespace,
      Optional<EntryId> previous,
      List<Ed25519PublicKey> add,
      List<Ed25519PublicKey> remove,
      Optional<KeyReason> reason)
      throws StatementException {
    KeyChange change;
    try {
      change = KeyChange.of(namespace, previous, byKeyId(add), byKeyId(remove), reason);
    } catch (StatementException e) {
      throw e.under("/predicate");
    }
    List<Subject> subjects = change.subjectKeyIds().stream().map(Subject::key).toList();
    return Statement.of(subjects, change);
  }

  private static List<Subject> manifestOrder(List<Subject> files) {
    List<Subject> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(Subject::name, ManifestOrder.PATHS));
    return sorted;
  }

  /** The manifest digest of files already in manifest order (DESIGN A4). */
  private static Digest digestOf(List<Subject> sorted) {
    List<byte[]> digests = sorted.stream().map(s -> s.sha256().bytes().toByteArray()).toList();
    return Digest.of(Bytes.copyOf(ManifestDigest.of(digests)));
  }

  private static List<Ed25519PublicKey> byKeyId(List<Ed25519PublicKey> keys) {
    List<Ed25519PublicKey> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparing(Ed25519PublicKey::keyId));
    return sorted;
  }
}
