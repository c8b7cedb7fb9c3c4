package dev.pedigree.ledger.statement;

import java.util.List;
import java.util.Optional;

/** What release, modification and derivation share: a model version and its files' digest. */
public sealed interface ModelPredicate extends Predicate permits Release, Modification, Derivation {
  ModelRef model();

  /** SHA-256 over the subjects' digests in manifest order (DESIGN A4). */
  Digest manifestDigest();

  License license();

  ModelDetails details();

  /** The parents as the wire lists them; empty for a release. */
  List<Parent> parents();

  @Override
  default Optional<Namespace> signerNamespace() {
    return Optional.of(model().name().namespace());
  }
}
