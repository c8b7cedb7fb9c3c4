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

  /**
   * An entry's facts but its signing namespace; the fields are those of {@link EntryFacts}, the
   * lists immutable.
   */
  record Draft(
      Kind kind,
      Optional<ModelName> model,
      List<FileDigest> files,
      List<ParentLink> parents,
      Optional<Bytes> target,
      List<Bytes> keysAdded,
      List<Bytes> keysRemoved,
      Optional<RemovalReason> removalReason,
      List<Bytes> signers) {

    /** The facts, signed in {@code namespace}: folded, as the rules key namespaces. */
    EntryFacts of(String namespace) {
      return new EntryFacts(kind, namespace, model, files, parents, target, keysAdded,
          keysRemoved, removalReason, signers);
    }
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
      return new Draft(p.kind(),
          Optional.of(new ModelName(name.text(), name.folded(), m.model().version().value())),
          List.copyOf(files), List.copyOf(links), Optional.empty(), List.of(), List.of(),
          Optional.empty(), signers);
    }
    if (p instanceof Attestation a) {
      return targeted(Kind.ATTESTATION, Bytes.fromHex(a.target().hex()), signers);
    }
    if (p instanceof Revocation r) {
      return targeted(Kind.REVOCATION, Bytes.fromHex(r.target().hex()), signers);
    }
    KeyChange change = (KeyChange) p;
    return new Draft(Kind.KEY, Optional.empty(), List.of(), List.of(), Optional.empty(),
        change.add().stream().map(k -> Bytes.fromHex(k.keyId())).toList(),
        change.remove().stream().map(k -> Bytes.fromHex(k.keyId())).toList(),
        change.reason().map(r -> RemovalReason.valueOf(r.name())),
        signers);
  }

  private static Draft targeted(Kind kind, Bytes target, List<Bytes> signers) {
    return new Draft(kind, Optional.empty(), List.of(), List.of(), Optional.of(target), List.of(),
        List.of(), Optional.empty(), signers);
  }

  private static List<Bytes> hexIds(List<String> hex) {
    List<Bytes> ids = new ArrayList<>(hex.size());
    for (String h : hex) {
      ids.add(Bytes.fromHex(h));
    }
    return List.copyOf(ids);
  }
}
