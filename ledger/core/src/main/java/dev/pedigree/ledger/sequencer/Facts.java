package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Subject;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.RemovalReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the store indexes of an accepted entry, taken from its statement (DESIGN B4): all of it but
 * the namespace is known before the rules have seen the entry ({@link #draft}); the namespace, which
 * for a revocation is its target's, once they accepted it ({@link Draft#of}).
 */
final class Facts {
  private Facts() {}

  /** An entry's facts but its signing namespace: {@link EntryFacts}' factory of its kind. */
  @FunctionalInterface
  interface Draft {
    /** The facts, signed in {@code namespace}: folded, as the rules key namespaces. */
    EntryFacts of(String namespace);
  }

  /**
   * What the facts of an entry take from its statement and the keyids of its signatures, which
   * the rules accept as its signers.
   */
  static Draft draft(Statement statement, List<String> signerKeyIds) {
    List<Bytes> signers = hexIds(signerKeyIds);
    Predicate p = statement.predicate();
    if (p instanceof ModelPredicate m) {
      var name = m.model().name();
      List<Subject> subjects = statement.subjects();
      List<FileDigest> files = new ArrayList<>(subjects.size());
      for (Subject s : subjects) {
        files.add(new FileDigest(s.name(), s.sha256().bytes()));
      }
      List<Parent> parents = m.parents();
      List<ParentLink> links = new ArrayList<>(parents.size());
      for (Parent parent : parents) {
        links.add(new ParentLink(Bytes.fromHex(parent.id().hex()), parent.relation().wireName()));
      }
      Kind kind = p.kind();
      ModelName model = new ModelName(name.text(), name.folded(), m.model().version().value());
      List<FileDigest> fileList = List.copyOf(files);
      List<ParentLink> linkList = List.copyOf(links);
      return namespace -> EntryFacts.model(kind, namespace, model, fileList, linkList, signers);
    }
    if (p instanceof Attestation a) {
      Bytes target = Bytes.fromHex(a.target().hex());
      return namespace -> EntryFacts.attestation(namespace, target, signers);
    }
    if (p instanceof Revocation r) {
      Bytes target = Bytes.fromHex(r.target().hex());
      return namespace -> EntryFacts.revocation(namespace, target, signers);
    }
    KeyChange change = (KeyChange) p;
    List<Bytes> added = change.add().stream().map(k -> Bytes.fromHex(k.keyId())).toList();
    List<Bytes> removed = change.remove().stream().map(k -> Bytes.fromHex(k.keyId())).toList();
    Optional<RemovalReason> reason = change.reason().map(r -> RemovalReason.valueOf(r.name()));
    return namespace -> EntryFacts.key(namespace, added, removed, reason, signers);
  }

  private static List<Bytes> hexIds(List<String> hex) {
    List<Bytes> ids = new ArrayList<>(hex.size());
    for (String h : hex) {
      ids.add(Bytes.fromHex(h));
    }
    return List.copyOf(ids);
  }
}
