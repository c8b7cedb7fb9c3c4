package dev.pedigree.ledger.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @ParameterizedTest
  @CsvSource({
    "Meta_Llama/Llama.3, meta-llama/llama-3, Meta_Llama",
    "meta-llama/llama-3, meta-llama/llama-3, meta-llama",
    "a/b, a/b, a",
    "_x_/y_, -x-/y-, _x_",
    "acme/llama-3-8b-med, acme/llama-3-8b-med, acme"
  })
  void modelName_valid_foldedAndNamespace(String text, String folded, String namespace)
      throws Exception {
    ModelName name = ModelName.of(text);
    assertEquals(text, name.text());
    assertEquals(folded, name.folded());
    assertEquals(namespace, name.namespace().value());
  }

  @Test
  void modelName_sameParts_equalWithEqualHashes() throws Exception {
    ModelName parsed = ModelName.of("Meta_Llama/Llama.3");
    ModelName built = new ModelName(new Namespace("Meta_Llama"), "Llama.3");
    assertEquals(parsed, built);
    assertEquals(parsed.hashCode(), built.hashCode());
    assertNotEquals(parsed, ModelName.of("meta-llama/llama-3"));
    assertEquals("Meta_Llama/Llama.3", built.toString());
    assertEquals("Llama.3", built.model());
  }

  @Test
  void modelName_constructorInvalidModel_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ModelName(new Namespace("acme"), "-x"));
    assertEquals(
        "got \"acme/-x\", want a model neither starting nor ending with . or -", e.getMessage());
    assertThrows(NullPointerException.class, () -> new ModelName(null, "x"));
  }

  @Test
  void modelName_longestParts_accepted() throws Exception {
    String text = "n".repeat(64) + "/" + "m".repeat(128);
    assertEquals(text, ModelName.of(text).text());
  }

  @Test
  void modelName_modelTooLong_refused() {
    String text = "n/" + "m".repeat(129);
    StatementException e = assertThrows(StatementException.class, () -> ModelName.of(text));
    assertEquals(
        "got \"n/" + "m".repeat(78) + "…\" with a model of 129 characters, want 1 to 128",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "a/", "/b", "a/b.", "a./b", "é/b", "a/b c", "a/b/c", "a/-b"})
  void modelName_invalid_refused(String text) {
    StatementException e = assertThrows(StatementException.class, () -> ModelName.of(text));
    assertEquals("", e.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "v2+build.7", "2024_01-rc1", "x"})
  void modelVersion_valid(String text) throws Exception {
    assertEquals(text, ModelVersion.of(text).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"config.json", "tokenizer/vocab.json", "é/ü.bin", "a b/c d", ".hidden", "a..b"})
  void filePath_valid(String path) throws Exception {
    assertEquals(path, FilePath.of(path).value());
  }

  @Test
  void filePath_loneSurrogate_refused() {
    StatementException e =
        assertThrows(StatementException.class, () -> FilePath.of("a\uD800b"));
    assertEquals("got a lone surrogate at offset 1, want UTF-8 text", e.getMessage());
  }

  @Test
  void filePath_constructor_refusesWhatFactoryRefuses() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FilePath("a//b"));
    assertEquals("got \"a//b\", want no empty segment", e.getMessage());
  }

  @Test
  void modelRef_badVersion_pointsAtVersion() {
    StatementException e =
        assertThrows(StatementException.class, () -> ModelRef.of("acme/base", ""));
    assertEquals("/version", e.field());
    assertEquals("got a version of 0 characters, want 1 to 64", e.getMessage());
  }

  @Test
  void entryIds_ofEmptyPayload_sha256OfEmpty() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        EntryIds.of(new byte[0]).hex());
  }

  @Test
  void kind_predicateType() {
    assertEquals("https://pedigree.dev/key/v1", Kind.KEY.predicateType());
    assertEquals(
        Kind.MODIFICATION, Kind.fromPredicateType("https://pedigree.dev/modification/v1").get());
  }
}
