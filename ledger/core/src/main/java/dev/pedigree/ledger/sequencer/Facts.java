package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.Subject;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.RemovalReason;
import java.util.ArrayList;
import java.util.List;

/** What the store indexes of an accepted entry, taken from its statement (DESIGN B4). */
final class Facts {
  private Facts() {}

  /**
   * The facts of an accepted entry; namespaces are folded, as the rules key them. Loops, not
   * streams: the sequencer's thread builds one per entry.
   */
  static EntryFacts of(EntryInfo info, Statement statement) {
    List<Bytes> signers = hexIds(info.signerKeyIds());
    Predicate p = statement.predicate();
    String namespace = info.namespace();
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
      return EntryFacts.model(
          p.kind(),
          namespace,
          new ModelName(name.text(), name.folded(), m.model().version().value()),
          files,
          links,
          signers);
    }
    if (p instanceof Attestation a) {
      return EntryFacts.attestation(namespace, Bytes.fromHex(a.target().hex()), signers);
    }
    if (p instanceof Revocation r) {
      return EntryFacts.revocation(namespace, Bytes.fromHex(r.target().hex()), signers);
    }
    KeyChange change = (KeyChange) p;
    return EntryFacts.key(
        namespace,
        change.add().stream().map(k -> Bytes.fromHex(k.keyId())).toList(),
        change.remove().stream().map(k -> Bytes.fromHex(k.keyId())).toList(),
        change.reason().map(r -> RemovalReason.valueOf(r.name())),
        signers);
  }

  private static List<Bytes> hexIds(List<String> hex) {
    List<Bytes> ids = new ArrayList<>(hex.size());
    for (String h : hex) {
      ids.add(Bytes.fromHex(h));
    }
    return ids;
  }
}
