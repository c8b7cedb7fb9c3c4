package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.crypto.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportAuditorTest {
  static final String ROOT = "9f778e4441b86202f2387dc9ad79c4b0ba98c0338018dc594eea870e7cbc69a7";

  static ExportAuditor audit(List<byte[]> leaves, String checkpoint) throws Exception {
    ExportAuditor auditor = ExportAuditor.start(checkpoint, Golden.trust(), n -> {});
    leaves.forEach(auditor::accept);
    return auditor;
  }

  @Test
  void audit_goldenExport_clean() throws Exception {
    List<Long> progress = new ArrayList<>();
    Report report =
        ExportAuditor.audit(
            Golden.leaves().iterator(), Golden.checkpoint(), Golden.trust(), progress::add);
    assertTrue(report.ok(), () -> report.firstFailure().toString());
    assertEquals(
        Check.passed("root", "root of the 9 leaves is the checkpoint's, " + ROOT),
        report.check("root").orElseThrow());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), progress);
  }

  @Test
  void audit_changedByteInExport_firstBadIndexLocated() throws Exception {
    List<byte[]> leaves = new ArrayList<>(Golden.leaves());
    byte[] leaf = leaves.get(4).clone();
    int at = new String(leaf).indexOf("\"sig\":\"") + 10;
    leaf[at] = (byte) (leaf[at] == 'A' ? 'B' : 'A');
    leaves.set(4, leaf);
    ExportAuditor auditor = audit(leaves, Golden.checkpoint());
    Report report = auditor.finish();
    assertEquals(OptionalLong.of(4), auditor.firstBadIndex());
    Check failure = report.firstFailure().orElseThrow();
    assertEquals("entries", failure.name());
    assertTrue(
        failure.detail().startsWith("record 4: bad-signature at /signatures/0/sig"),
        failure.detail());
  }

  @Test
  void audit_brokenLink_firstBadIndexLocated() throws Exception {
    List<byte[]> leaves = new ArrayList<>(Golden.leaves());
    leaves.remove(6);
    ExportAuditor auditor = audit(leaves, Golden.checkpoint());
    Report report = auditor.finish();
    assertEquals(OptionalLong.of(6), auditor.firstBadIndex());
    assertEquals("chain", report.firstFailure().orElseThrow().name());
    assertTrue(
        report
            .firstFailure()
            .orElseThrow()
            .detail()
            .startsWith("record 6: record says index 7, want 6"));
  }

  @Test
  void audit_exportShorterThanCheckpoint_fails() throws Exception {
    ExportAuditor auditor = audit(Golden.leaves().subList(0, 7), Golden.checkpoint());
    assertEquals(
        Check.failed("export-length", "export ends after 7 leaves, the checkpoint has 9"),
        auditor.finish().firstFailure().orElseThrow());
    assertEquals(OptionalLong.of(7), auditor.firstBadIndex());
  }

  @Test
  void audit_exportLongerThanCheckpoint_auditsUpToItsSize() throws Exception {
    List<byte[]> leaves = Golden.leaves();
    MerkleFrontier frontier = new MerkleFrontier();
    leaves
        .subList(0, 5)
        .forEach(l -> frontier.append(dev.pedigree.ledger.merkle.Merkle.leafHash(l)));
    String cp = Golden.sign(Checkpoint.of(Golden.ORIGIN, 5, frontier.root()), Golden.logKey());
    Report report = audit(leaves, cp).finish();
    assertTrue(report.ok(), () -> report.firstFailure().toString());
    assertEquals(
        Check.notChecked(
            "export-length",
            "4 leaves past the checkpoint's size 5 are not covered by it and were not audited"),
        report.check("export-length").orElseThrow());
  }

  @Test
  void audit_checkpointOfAnotherRoot_rootFails() throws Exception {
    String other = "00".repeat(32);
    String cp = Golden.sign(Checkpoint.of(Golden.ORIGIN, 9, Bytes.fromHex(other)), Golden.logKey());
    Report report = audit(Golden.leaves(), cp).finish();
    assertEquals(
        Check.failed("root", "root of the 9 leaves is " + ROOT + ", checkpoint says " + other),
        report.firstFailure().orElseThrow());
  }

  /** Leaf {@code leaf} with one base64 digit of its first signature changed. */
  private static byte[] badSignature(byte[] leaf) {
    byte[] bad = leaf.clone();
    int at = new String(bad).indexOf("\"sig\":\"") + 10;
    bad[at] = (byte) (bad[at] == 'A' ? 'B' : 'A');
    return bad;
  }

  private static Check firstFailure(List<byte[]> leaves, int workers) throws Exception {
    ExportAuditor auditor = ExportAuditor.start(Golden.checkpoint(), Golden.trust(), n -> {}, workers);
    leaves.forEach(auditor::accept);
    return auditor.finish().firstFailure().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void audit_badSignatureBeforeBrokenLink_signatureReported(int workers) throws Exception {
    List<byte[]> leaves = new ArrayList<>(Golden.leaves());
    leaves.remove(6);
    leaves.set(2, badSignature(leaves.get(2)));
    Check first = firstFailure(leaves, workers);
    assertEquals("entries", first.name());
    assertTrue(first.detail().startsWith("record 2: bad-signature at /signatures/0/sig"), first.detail());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void audit_brokenLinkBeforeBadSignature_linkReported(int workers) throws Exception {
    List<byte[]> leaves = new ArrayList<>(Golden.leaves());
    leaves.set(6, badSignature(leaves.get(6)));
    leaves.remove(2);
    Check first = firstFailure(leaves, workers);
    assertEquals("chain", first.name());
    assertTrue(first.detail().startsWith("record 2: record says index 3, want 2"), first.detail());
  }
}
