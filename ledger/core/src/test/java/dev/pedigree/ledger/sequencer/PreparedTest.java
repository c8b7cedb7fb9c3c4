package dev.pedigree.ledger.sequencer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.chain.LeafPrefix;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.Kind;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.store.EntryFacts;
import dev.pedigree.ledger.store.FileDigest;
import dev.pedigree.ledger.store.ModelName;
import dev.pedigree.ledger.store.ParentLink;
import dev.pedigree.ledger.store.RemovalReason;
import dev.pedigree.ledger.testing.Entries;
import dev.pedigree.ledger.testing.Envelopes;
import dev.pedigree.ledger.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the sequencer works out of a submission before it has a place in the log. */
class PreparedTest {
  private static final Ed25519PrivateKey A = TestKeys.of("acme-a");
  private static final Ed25519PrivateKey B = TestKeys.of("acme-b");
  private static final String PARENT = "ab".repeat(32);

  @Test
  void of_derivation_idSignersLeafAndFacts() throws Exception {
    Statement statement =
        Entries.derivation("Acme_Labs/Tuned.1", "2.0", Relation.FINETUNE, PARENT);
    Submission submission = Submission.parse(Envelopes.sign(statement, A, B));

    Prepared prepared = Prepared.of(submission);

    assertEquals(Bytes.fromHex(Envelopes.id(statement)), prepared.id());
    assertEquals(submission.signerKeyIds(), prepared.signerKeyIds());
    IntegratedTime time = IntegratedTime.of(Instant.ofEpochMilli(1_700_000_000_123L));
    assertArrayEquals(
        new ChainRecord(submission.envelope(), 7, time, ChainRecord.GENESIS_PREV).leafBytes(),
        prepared.leaf().leafBytes(7, time, ChainRecord.GENESIS_PREV));
    EntryFacts want = EntryFacts.model(
        Kind.DERIVATION,
        "acme-labs",
        new ModelName("Acme_Labs/Tuned.1", "acme-labs/tuned-1", "2.0"),
        List.of(new FileDigest("model.safetensors", fileDigest("Acme_Labs/Tuned.1@2.0"))),
        List.of(new ParentLink(Bytes.fromHex(PARENT), "finetune")),
        signers(submission));
    assertEquals(want, prepared.facts().of("acme-labs"));
  }

  @Test
  void of_revocation_namespaceOnlyOnceAccepted() throws Exception {
    Submission submission = Submission.parse(Envelopes.sign(Entries.revocation(PARENT), A));

    Facts.Draft draft = Prepared.of(submission).facts();

    assertEquals(
        EntryFacts.revocation("acme", Bytes.fromHex(PARENT), signers(submission)),
        draft.of("acme"));
    assertEquals(
        EntryFacts.revocation("other", Bytes.fromHex(PARENT), signers(submission)),
        draft.of("other"));
  }

  @Test
  void of_attestationAndKeyEntry_factsOfTheirKind() throws Exception {
    Submission attestation =
        Submission.parse(Envelopes.sign(Entries.attestation("evals", PARENT), A));
    Submission keys = Submission.parse(Envelopes.sign(
        Entries.removeKeys("acme", PARENT, KeyReason.COMPROMISED, B), A));

    assertEquals(
        EntryFacts.attestation("evals", Bytes.fromHex(PARENT), signers(attestation)),
        Prepared.of(attestation).facts().of("evals"));
    assertEquals(
        EntryFacts.key("acme", List.of(), List.of(Bytes.fromHex(B.publicKey().keyId())),
            Optional.of(RemovalReason.COMPROMISED), signers(keys)),
        Prepared.of(keys).facts().of("acme"));
  }

  @Test
  void new_leafPrefixOfAnotherEnvelope_refused() throws Exception {
    Submission one = Submission.parse(Envelopes.sign(Entries.release("acme/a", "1.0"), A));
    Submission other = Submission.parse(Envelopes.sign(Entries.release("acme/b", "1.0"), A));
    Prepared prepared = Prepared.of(one);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Prepared(one, prepared.id(), prepared.signerKeyIds(),
            LeafPrefix.of(other.envelope()), prepared.facts()));

    assertEquals("leaf prefix of another envelope than the submission's", e.getMessage());
  }

  private static List<Bytes> signers(Submission submission) {
    return submission.signerKeyIds().stream().map(Bytes::fromHex).toList();
  }

  private static Bytes fileDigest(String content) {
    return Bytes.copyOf(Sha256.hash(content.getBytes(StandardCharsets.UTF_8)));
  }
}
