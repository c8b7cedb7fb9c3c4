package dev.pedigree.ledger.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenStatementsTest {
  static Stream<String> entries() {
    return Stream.of(
        "00-key", "01-release", "02-derivation", "03-key", "04-modification", "05-key",
        "06-attestation", "07-revocation", "08-key");
  }

  @ParameterizedTest
  @MethodSource("entries")
  void parse_golden_kindAndRoundTrip(String name) throws Exception {
    JsonNode tree = Golden.statement(name);
    int index = Integer.parseInt(name.substring(0, 2));
    JsonNode expected = Golden.json("golden/expected.json").get("entries").get(index);

    Statement statement = Statement.parse(tree);

    assertEquals(expected.get("kind").textValue(), statement.kind().wireName());
    assertEquals(tree, statement.toJson());
  }

  @ParameterizedTest
  @MethodSource("entries")
  void entryId_golden_matchesExpected(String name) {
    int index = Integer.parseInt(name.substring(0, 2));
    assertEquals(Golden.id(index), EntryIds.of(Golden.payload(name)).hex());
  }

  @Test
  void parse_release_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.RELEASE));

    Release release = assertInstanceOf(Release.class, s.predicate());
    assertEquals("acme/base@1.0", release.model().toString());
    assertEquals(Optional.of(Namespace.of("acme")), s.signerNamespace());
    assertEquals(
        Golden.json("golden/expected.json").get("manifestDigest(model-base-1.0)").textValue(),
        release.manifestDigest().hex());
    assertEquals(License.spdx("Apache-2.0"), release.license());
    assertEquals(ModelDetails.NONE, release.details());
    assertEquals(
        List.of("config.json", "model.safetensors", "tokenizer/tokenizer.json", "tokenizer.json"),
        s.subjects().stream().map(Subject::name).toList());
  }

  @Test
  void parse_derivation_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.DERIVATION));

    Derivation derivation = assertInstanceOf(Derivation.class, s.predicate());
    assertEquals("acme/base-med@1.0", derivation.model().toString());
    assertEquals(
        List.of(new Parent(EntryId.of(Golden.id(1)), Relation.FINETUNE)), derivation.parents());
  }

  @Test
  void parse_modification_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.MODIFICATION));

    Modification modification = assertInstanceOf(Modification.class, s.predicate());
    assertEquals("acme/base@1.1", modification.model().toString());
    assertEquals(EntryId.of(Golden.id(1)), modification.parent());
    assertEquals(
        List.of(new Parent(EntryId.of(Golden.id(1)), Relation.NEW_VERSION)),
        modification.parents());
  }

  @Test
  void parse_keyBinding_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.KEY_BIND));

    KeyChange key = assertInstanceOf(KeyChange.class, s.predicate());
    assertEquals("acme", key.namespace().value());
    assertEquals(Optional.empty(), key.previous());
    assertEquals(List.of(keyId("acme-A")), key.add().stream().map(k -> k.keyId()).toList());
    assertEquals(List.of(), key.remove());
    assertEquals(Optional.empty(), key.reason());
  }

  @Test
  void parse_keyRemoval_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.KEY_REMOVE));

    KeyChange key = assertInstanceOf(KeyChange.class, s.predicate());
    assertEquals(Optional.of(EntryId.of(Golden.id(3))), key.previous());
    assertEquals(List.of(), key.add());
    assertEquals(List.of(keyId("acme-A")), key.remove().stream().map(k -> k.keyId()).toList());
    assertEquals(Optional.of(KeyReason.COMPROMISED), key.reason());
  }

  @Test
  void parse_attestation_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.ATTESTATION));

    Attestation attestation = assertInstanceOf(Attestation.class, s.predicate());
    assertEquals(Optional.of(Namespace.of("evals")), s.signerNamespace());
    assertEquals(EntryId.of(Golden.id(2)), attestation.target());
    assertEquals("evaluation", attestation.claim().type());
    assertEquals(
        Json.mapper().readTree(
            "{\"type\": \"evaluation\", \"benchmark\": \"mmlu\", \"scorePermille\": 612}"),
        attestation.claim().json());
  }

  @Test
  void parse_revocation_fields() throws Exception {
    Statement s = Statement.parse(Golden.statement(Golden.REVOCATION));

    assertEquals(
        new Revocation(EntryId.of(Golden.id(2)), RevocationReason.SAFETY, Severity.HIGH),
        s.predicate());
    assertEquals(Optional.empty(), s.signerNamespace());
  }

  private static String keyId(String name) {
    return Golden.json("golden/keys.json").get(name).get("keyid").textValue();
  }
}
