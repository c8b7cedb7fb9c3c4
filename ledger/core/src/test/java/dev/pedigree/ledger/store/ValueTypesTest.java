package dev.pedigree.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueTypesTest {
  private static final Bytes A = digest("a");
  private static final Bytes B = digest("b");
  private static final Bytes SHORT = Bytes.copyOf(new byte[31]);
  private static final ModelName NAME = new ModelName("acme/Llama_3", "acme/llama-3", "1.0");
  private static final List<FileDigest> FILES = List.of(new FileDigest("model.bin", A));

  private static Bytes digest(String text) {
    return Bytes.copyOf(Sha256.hash(text.getBytes(StandardCharsets.UTF_8)));
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("target id of 31 bytes, want 32",
            (Supplier<?>) () -> EntryFacts.attestation("lab", SHORT, List.of(A))),
        Arguments.of("release facts: want parents only on modifications and derivations",
            (Supplier<?>) () -> EntryFacts.model(Kind.RELEASE, "acme", NAME, FILES,
                List.of(new ParentLink(A, "finetune")), List.of(A))),
        Arguments.of("derivation facts: want files exactly for model kinds",
            (Supplier<?>) () -> EntryFacts.model(Kind.DERIVATION, "acme", NAME, List.of(),
                List.of(), List.of(A))),
        Arguments.of("key facts: want a key entry to add or remove at least one key",
            (Supplier<?>) () -> EntryFacts.key("acme", List.of(), List.of(), Optional.empty(),
                List.of(A))),
        Arguments.of("key facts: want a removal reason exactly when keys are removed",
            (Supplier<?>) () -> EntryFacts.key("acme", List.of(), List.of(B), Optional.empty(),
                List.of(A))),
        Arguments.of("revocation facts: want at least one signer",
            (Supplier<?>) () -> EntryFacts.revocation("acme", A, List.of())),
        Arguments.of("namespace has character U+0000 at 2, want printable ASCII",
            (Supplier<?>) () -> EntryFacts.revocation("ac\0me", A, List.of(A))),
        Arguments.of("path holds NUL", (Supplier<?>) () -> new FileDigest("a\0b", A)),
        Arguments.of("version of 65 characters, want 1 to 64",
            (Supplier<?>) () -> new ModelName("a/b", "a/b", "1".repeat(65))),
        Arguments.of("leaf of 65536 bytes, want 1 to 65535",
            (Supplier<?>) () -> new StoredEntry(0, A, Bytes.copyOf(new byte[65_536]), B,
                EntryFacts.revocation("acme", A, List.of(A)))));
  }

  @ParameterizedTest
  @MethodSource("invalidValues")
  void factory_invalid_refusedWithReason(String message, Supplier<?> build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void appendBatch_gapBetweenEntries_refused() {
    EntryFacts facts = EntryFacts.revocation("acme", A, List.of(A));
    List<StoredEntry> entries = List.of(new StoredEntry(3, A, A, A, facts),
        new StoredEntry(5, B, B, B, facts));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AppendBatch(6, A, "cp", entries, 0, List.of(A)));
    assertEquals("entry index 3, want 4 (entries run consecutively up to tree size 6)",
        e.getMessage());
  }

  @Test
  void appendBatch_firstIndex_isSizeBeforeBatch() {
    EntryFacts facts = EntryFacts.revocation("acme", A, List.of(A));
    AppendBatch batch = new AppendBatch(6, A, "cp",
        List.of(new StoredEntry(4, A, A, A, facts), new StoredEntry(5, B, B, B, facts)), 7,
        List.of(A, B));
    assertEquals(4, batch.firstIndex());
  }

  @Test
  void keyBinding_removedBeforeBound_refused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new KeyBinding(A, "acme", 5,
            Optional.of(new KeyBinding.Removal(5, RemovalReason.ROTATED))));
    assertEquals("key removed at 5, want after its binding at 5", e.getMessage());
  }
}
