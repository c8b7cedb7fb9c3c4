package dev.pedigree.ledger.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementsTest {
  private static final License APACHE = license();

  @Test
  void release_omsFilesInAnyOrder_omsManifestDigestAndOrder() throws Exception {
    JsonNode oms = Golden.json("oms/expected.json");
    List<Subject> files = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (JsonNode f : oms.get("files_in_manifest_order")) {
      files.add(file(f.get("path").textValue(), f.get("sha256").textValue()));
      order.add(f.get("path").textValue());
    }
    Collections.reverse(files);

    Statement s =
        Statements.release(
            ModelRef.of("acme/oms", "1.0"), files, APACHE, ModelDetails.NONE);

    Release release = (Release) s.predicate();
    assertEquals(oms.get("manifestDigest").textValue(), release.manifestDigest().hex());
    assertEquals(order, s.subjects().stream().map(Subject::name).toList());
  }

  @Test
  void release_goldenFilesReversed_goldenStatement() throws Exception {
    Statement s =
        Statements.release(
            ModelRef.of("acme/base", "1.0"), reversedSubjects(Golden.RELEASE), APACHE,
            ModelDetails.NONE);
    assertEquals(Golden.statement(Golden.RELEASE), s.toJson());
  }

  @Test
  void modification_golden() throws Exception {
    Statement s =
        Statements.modification(
            ModelRef.of("acme/base", "1.1"), reversedSubjects(Golden.MODIFICATION), APACHE,
            EntryId.of(Golden.id(1)), ModelDetails.NONE);
    assertEquals(Golden.statement(Golden.MODIFICATION), s.toJson());
  }

  @Test
  void derivation_golden() throws Exception {
    Statement s =
        Statements.derivation(
            ModelRef.of("acme/base-med", "1.0"), reversedSubjects(Golden.DERIVATION), APACHE,
            List.of(new Parent(EntryId.of(Golden.id(1)), Relation.FINETUNE)), ModelDetails.NONE);
    assertEquals(Golden.statement(Golden.DERIVATION), s.toJson());
  }

  @Test
  void derivation_mergeOfOne_refusedAtParents() throws Exception {
    ModelRef model = ModelRef.of("acme/merged", "1.0");
    List<Subject> files = reversedSubjects(Golden.DERIVATION);
    List<Parent> parents = List.of(new Parent(EntryId.of(Golden.id(1)), Relation.MERGE));

    StatementException e =
        assertThrows(
            StatementException.class,
            () -> Statements.derivation(model, files, APACHE, parents, ModelDetails.NONE));
    assertEquals("/predicate/parents", e.field());
    assertEquals("got a merge of 1 parent, want at least 2", e.getMessage());
  }

  @Test
  void attestation_golden() throws Exception {
    ObjectNode claim = (ObjectNode) Golden.statement(Golden.ATTESTATION).at("/predicate/claim");
    Statement s =
        Statements.attestation(Namespace.of("evals"), EntryId.of(Golden.id(2)), Claim.of(claim));
    assertEquals(Golden.statement(Golden.ATTESTATION), s.toJson());
  }

  @Test
  void revocation_golden() throws Exception {
    Statement s =
        Statements.revocation(EntryId.of(Golden.id(2)), RevocationReason.SAFETY, Severity.HIGH);
    assertEquals(Golden.statement(Golden.REVOCATION), s.toJson());
  }

  @Test
  void key_binding_golden() throws Exception {
    Statement s =
        Statements.key(
            Namespace.of("acme"), Optional.empty(), List.of(key("acme-A")), List.of(),
            Optional.empty());
    assertEquals(Golden.statement(Golden.KEY_BIND), s.toJson());
  }

  @Test
  void key_removal_golden() throws Exception {
    Statement s =
        Statements.key(
            Namespace.of("acme"), Optional.of(EntryId.of(Golden.id(3))), List.of(),
            List.of(key("acme-A")), Optional.of(KeyReason.COMPROMISED));
    assertEquals(Golden.statement(Golden.KEY_REMOVE), s.toJson());
  }

  @Test
  void key_keysInAnyOrder_sortedByKeyIdInSubjectsAndPredicate() throws Exception {
    Ed25519PublicKey a = key("acme-A");
    Ed25519PublicKey b = key("acme-B");
    Ed25519PublicKey e = key("evals-E");

    Statement s =
        Statements.key(
            Namespace.of("acme"), Optional.of(EntryId.of(Golden.id(3))), List.of(e, a),
            List.of(b), Optional.of(KeyReason.ROTATED));

    // keyids: A 788d…, E 8daf…, B c7c4…: added sorted, then removed.
    assertEquals(
        List.of(a.keyId(), e.keyId(), b.keyId()),
        s.subjects().stream().map(Subject::name).toList());
    assertEquals(s, Statement.parse(s.toJson()));
  }

  @Test
  void key_removedKeySortingBeforeAddedKey_addedSubjectsFirst() throws Exception {
    // DESIGN A4: the added keys first, then the removed ones, each group sorted. Here the removed
    // key A (788d…) sorts before the added key B (c7c4…), so one sorted list would differ.
    Ed25519PublicKey a = key("acme-A");
    Ed25519PublicKey b = key("acme-B");

    Statement s =
        Statements.key(
            Namespace.of("acme"), Optional.of(EntryId.of(Golden.id(3))), List.of(b),
            List.of(a), Optional.of(KeyReason.ROTATED));

    assertEquals(
        List.of(b.keyId(), a.keyId()), s.subjects().stream().map(Subject::name).toList());
    assertEquals(s, Statement.parse(s.toJson()));
  }

  @Test
  void key_subjectsInOneSortedList_refused() throws Exception {
    Ed25519PublicKey a = key("acme-A");
    Ed25519PublicKey b = key("acme-B");
    ObjectNode tree =
        Statements.key(
                Namespace.of("acme"), Optional.of(EntryId.of(Golden.id(3))), List.of(b),
                List.of(a), Optional.of(KeyReason.ROTATED))
            .toJson();
    JsonNode first = tree.withArray("subject").remove(0);
    tree.withArray("subject").add(first); // now [A, B]: sorted, but removed before added

    StatementException e = assertThrows(StatementException.class, () -> Statement.parse(tree));

    assertEquals("/subject/0/name", e.field());
    assertEquals(
        "got \"" + a.keyId() + "\", want " + b.keyId()
            + ": the keyid of each key added, then each removed",
        e.getMessage());
  }

  @Test
  void constructor_subjectsOutOfOrder_refused() throws Exception {
    Statement golden = Statement.parse(Golden.statement(Golden.RELEASE));
    List<Subject> reversed = new ArrayList<>(golden.subjects());
    Collections.reverse(reversed);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Statement(reversed, golden.predicate()));
    assertEquals(
        "got \"tokenizer/tokenizer.json\" after \"tokenizer.json\", want manifest order"
            + " at /subject/1/name",
        e.getMessage());
  }

  private static List<Subject> reversedSubjects(String entry) throws Exception {
    List<Subject> files = new ArrayList<>();
    for (JsonNode s : Golden.statement(entry).get("subject")) {
      files.add(file(s.get("name").textValue(), s.at("/digest/sha256").textValue()));
    }
    Collections.reverse(files);
    return files;
  }

  private static Subject file(String path, String sha256) throws StatementException {
    return Subject.file(FilePath.of(path), Digest.of(sha256));
  }

  private static Ed25519PublicKey key(String name) throws Exception {
    String base64 = Golden.json("golden/keys.json").get(name).get("publicBase64").textValue();
    return Ed25519PublicKey.fromRaw(CanonicalBase64.decode(base64));
  }

  private static License license() {
    try {
      return License.spdx("Apache-2.0");
    } catch (StatementException e) {
      throw new IllegalStateException(e);
    }
  }
}
