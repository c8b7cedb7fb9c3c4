package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.rules.EntryInfo;
import dev.pedigree.ledger.statement.Attestation;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.ModelPredicate;
import dev.pedigree.ledger.statement.Predicate;
import dev.pedigree.ledger.statement.Revocation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.RemovalReason;
import java.util.List;

/** What the store indexes of an accepted entry, taken from its statement (DESIGN B4). */
final class Facts {
  private Facts() {}

  /** The facts of an accepted entry; namespaces are folded, as the rules key them. */
  static EntryFacts of(EntryInfo info, Statement statement) {
    List<Bytes> signers = info.signerKeyIds().stream().map(Bytes::fromHex).toList();
    Predicate p = statement.predicate();
    String namespace = info.namespace();
    if (p instanceof ModelPredicate m) {
      var name = m.model().name();
      return EntryFacts.model(
          p.kind(),
          namespace,
          new ModelName(name.text(), name.folded(), m.model().version().value()),
          statement.subjects().stream()
              .map(s -> new FileDigest(s.name(), s.sha256().bytes()))
              .toList(),
          m.parents().stream()
              .map(parent -> new ParentLink(
                  Bytes.fromHex(parent.id().hex()), parent.relation().wireName()))
              .toList(),
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
}
