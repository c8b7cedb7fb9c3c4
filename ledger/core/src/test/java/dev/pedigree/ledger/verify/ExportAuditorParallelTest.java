package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseSignature;
import dev.pedigree.ledger.crypto.EnvelopeException;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.testing.Fuzz;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipelined audit against the sequential one: the same report for every export. */
class ExportAuditorParallelTest {
  private static final int CASES = 400;

  private record Outcome(List<Check> checks, OptionalLong firstBad, List<Long> progress) {}

  private static Outcome audit(List<byte[]> leaves, int workers) throws Exception {
    List<Long> progress = new ArrayList<>();
    ExportAuditor auditor =
        ExportAuditor.start(Golden.checkpoint(), Golden.trust(), progress::add, workers);
    leaves.forEach(auditor::accept);
    Report report = auditor.finish();
    return new Outcome(report.checks(), auditor.firstBadIndex(), progress);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void audit_goldenExport_sameAsSequential(int workers) throws Exception {
    Outcome parallel = audit(Golden.leaves(), workers);
    assertEquals(audit(Golden.leaves(), 0), parallel);
    assertEquals(OptionalLong.empty(), parallel.firstBad());
  }

  @Test
  void awaitFirstBadIndex_badSignatureInFlight_found() throws Exception {
    List<byte[]> leaves = new ArrayList<>(Golden.leaves());
    List<DsseEnvelope> envelopes = envelopes(leaves);
    envelopes.set(4, flipSignatureBit(envelopes.get(4), new Random(4)));
    ExportAuditor auditor = ExportAuditor.start(Golden.checkpoint(), Golden.trust(), n -> {}, 2);
    rechain(envelopes).subList(0, 6).forEach(auditor::accept);
    assertEquals(OptionalLong.of(4), auditor.awaitFirstBadIndex());
    assertTrue(
        auditor.finish().firstFailure().orElseThrow().detail()
            .startsWith("record 4: bad-signature at /signatures/0/sig"));
  }

  @Test
  void audit_mutatedExports_sameAsSequential() throws Exception {
    Random random = new Random(20261129);
    Set<String> failures = new HashSet<>();
    for (int i = 0; i < CASES; i++) {
      List<byte[]> leaves = mutate(Golden.leaves(), random);
      Outcome sequential = audit(leaves, 0);
      int workers = 1 + i % 4;
      assertEquals(sequential, audit(leaves, workers), "case " + i + ", " + workers + " workers");
      sequential.checks().stream()
          .filter(c -> c.status() == Status.FAILED)
          .findFirst()
          .ifPresent(c -> failures.add(c.name() + " " + slug(c.detail())));
    }
    // The mutations reach the chain, the parsers, the signatures and the rules.
    assertTrue(failures.contains("chain record"), failures::toString);
    assertTrue(failures.contains("entries bad-signature"), failures::toString);
    assertTrue(failures.contains("entries key-not-bound"), failures::toString);
    assertTrue(failures.size() >= 6, failures::toString);
  }

  /** The first word after "record N: ", or the detail's first word. */
  private static String slug(String detail) {
    String rest = detail.startsWith("record ") ? detail.substring(detail.indexOf(": ") + 2) : detail;
    return detail.startsWith("record ") && rest.indexOf(' ') > 0
        ? rest.substring(0, rest.indexOf(' '))
        : detail.split(" ")[0];
  }

  private static List<byte[]> mutate(List<byte[]> leaves, Random random) throws Exception {
    int k = random.nextInt(leaves.size());
    List<byte[]> out = new ArrayList<>(leaves);
    switch (random.nextInt(7)) {
      case 0 -> out.set(k, Fuzz.bytes(leaves.get(k), leaves.get(random.nextInt(9)), random));
      case 1 -> out.set(k, Fuzz.canonical(Fuzz.tree(tree(leaves.get(k)), random)));
      case 2 -> {
        List<DsseEnvelope> envelopes = envelopes(leaves);
        int j = random.nextInt(envelopes.size());
        envelopes.set(k, envelopes.set(j, envelopes.get(k)));
        out = rechain(envelopes);
      }
      case 3 -> {
        List<DsseEnvelope> envelopes = envelopes(leaves);
        envelopes.remove(k);
        out = rechain(envelopes);
      }
      case 4 -> {
        List<DsseEnvelope> envelopes = envelopes(leaves);
        envelopes.add(random.nextInt(envelopes.size() + 1), envelopes.get(k));
        out = rechain(envelopes);
      }
      case 5 -> {
        List<DsseEnvelope> envelopes = envelopes(leaves);
        envelopes.set(k, flipSignatureBit(envelopes.get(k), random));
        out = rechain(envelopes);
      }
      default -> {
        List<DsseEnvelope> envelopes = envelopes(leaves);
        try {
          envelopes.set(k, DsseEnvelope.fromJson(Fuzz.tree(envelopes.get(k).toJson(), random)));
        } catch (EnvelopeException | IllegalArgumentException e) {
          // Not an envelope any more: the record's bytes then carry the edit.
        }
        out = rechain(envelopes);
      }
    }
    return out;
  }

  private static DsseEnvelope flipSignatureBit(DsseEnvelope envelope, Random random) {
    List<DsseSignature> signatures = new ArrayList<>(envelope.signatures());
    int s = random.nextInt(signatures.size());
    byte[] sig = signatures.get(s).sig().toByteArray();
    sig[random.nextInt(sig.length)] ^= (byte) (1 << random.nextInt(8));
    signatures.set(s, new DsseSignature(signatures.get(s).keyId(), Bytes.copyOf(sig)));
    return new DsseEnvelope(envelope.payload(), envelope.payloadType(), signatures);
  }

  private static JsonNode tree(byte[] leaf) throws Exception {
    return Json.mapper().readTree(leaf);
  }

  private static List<DsseEnvelope> envelopes(List<byte[]> leaves) throws Exception {
    List<DsseEnvelope> envelopes = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      envelopes.add(ChainRecord.parse(i, leaves.get(i)).envelope());
    }
    return envelopes;
  }

  /** The envelopes as a well-linked chain: what a log that accepted them in this order serves. */
  private static List<byte[]> rechain(List<DsseEnvelope> envelopes) {
    List<byte[]> leaves = new ArrayList<>();
    Bytes prev = ChainRecord.GENESIS_PREV;
    for (int i = 0; i < envelopes.size(); i++) {
      IntegratedTime time = IntegratedTime.parse("2026-11-29T12:00:" + (10 + i) + ".000Z");
      byte[] leaf = new ChainRecord(envelopes.get(i), i, time, prev).leafBytes();
      leaves.add(leaf);
      prev = Bytes.copyOf(Merkle.leafHash(leaf));
    }
    return leaves;
  }
}
