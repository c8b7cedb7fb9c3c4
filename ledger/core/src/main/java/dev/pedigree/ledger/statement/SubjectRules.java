package dev.pedigree.ledger.statement;

import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.manifest.ManifestDigest;
import dev.pedigree.ledger.manifest.ManifestOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the subjects must be for each kind (DESIGN A4); pointers are into the statement. */
final class SubjectRules {
  private SubjectRules() {}

  static void check(List<Subject> subjects, Predicate predicate) throws StatementException {
    if (subjects.isEmpty() || subjects.size() > Statement.MAX_SUBJECTS) {
      throw new StatementException(
          "/subject",
          "got " + subjects.size() + " subjects, want 1 to " + Statement.MAX_SUBJECTS);
    }
    if (predicate instanceof ModelPredicate model) {
      checkFiles(subjects, model);
    } else if (predicate instanceof Attestation a) {
      checkNamed(subjects, List.of(a.target().hex()), "the target entry");
    } else if (predicate instanceof Revocation r) {
      checkNamed(subjects, List.of(r.target().hex()), "the target entry");
    } else if (predicate instanceof KeyChange k) {
      checkNamed(subjects, k.subjectKeyIds(), "the keyid of each key added, then each removed");
    }
  }

  /** The model's files: valid paths, each once, in manifest order, matching manifestDigest. */
  private static void checkFiles(List<Subject> subjects, ModelPredicate model)
      throws StatementException {
    Map<String, Integer> seen = new HashMap<>();
    List<byte[]> digests = new ArrayList<>(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      String at = "/subject/" + i + "/name";
      String name = subjects.get(i).name();
      try {
        FilePath.of(name);
      } catch (StatementException e) {
        throw e.under(at);
      }
      Integer first = seen.putIfAbsent(name, i);
      if (first != null) {
        throw new StatementException(
            at,
            "got " + Quote.of(name) + " again, want each name once (first at /subject/" + first
                + "/name)");
      }
      if (i > 0 && ManifestOrder.compare(subjects.get(i - 1).name(), name) > 0) {
        throw new StatementException(
            at,
            "got " + Quote.of(name) + " after " + Quote.of(subjects.get(i - 1).name())
                + ", want manifest order");
      }
      digests.add(Hex.decode(subjects.get(i).sha256().hex()));
    }
    String computed = Hex.encode(ManifestDigest.of(digests));
    if (!computed.equals(model.manifestDigest().hex())) {
      throw new StatementException(
          "/predicate/manifestDigest",
          "got " + model.manifestDigest() + ", want " + computed
              + " (the subjects' digests in manifest order)");
    }
  }

  /** Subjects that name a hash-like id, {@code {"name": id, "digest": {"sha256": id}}}. */
  private static void checkNamed(List<Subject> subjects, List<String> ids, String what)
      throws StatementException {
    if (subjects.size() != ids.size()) {
      throw new StatementException(
          "/subject", "got " + subjects.size() + " subjects, want " + ids.size() + ": " + what);
    }
    for (int i = 0; i < ids.size(); i++) {
      Subject subject = subjects.get(i);
      if (!subject.name().equals(ids.get(i))) {
        throw new StatementException(
            "/subject/" + i + "/name",
            "got " + Quote.of(subject.name()) + ", want " + ids.get(i) + ": " + what);
      }
      if (!subject.sha256().hex().equals(ids.get(i))) {
        throw new StatementException(
            "/subject/" + i + "/digest/sha256",
            "got " + subject.sha256() + ", want " + ids.get(i) + ", the same as the name");
      }
    }
  }
}
