package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.manifest.HashOptions;
import dev.pedigree.ledger.merkle.Merkle;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundleVerifierTest {
  static final BundleVerifier.Options OPTIONS =
      new BundleVerifier.Options(false, HashOptions.defaults().withThreads(2));

  static Report verify(Bundle bundle, Optional<Path> dir) throws Exception {
    return BundleVerifier.verify(bundle, Golden.trust(), dir, OPTIONS);
  }

  @Test
  void verify_goldenBundleOfEntry2_failsClosedRevokedAndCompromised() throws Exception {
    Report report = verify(Golden.bundleOfEntry2(), Optional.empty());
    assertFalse(report.ok());
    assertEquals(Status.PASSED, report.check("inclusion entry").orElseThrow().status());
    assertEquals(
        "signed by keyid 788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101 of"
            + " namespace acme, bound at index 0, in force at index 2",
        report.check("signature").orElseThrow().detail());
    assertEquals(
        Check.failed("revoked", "revoked by entry 7 (safety, high)"),
        report.check("revoked").orElseThrow());
    assertEquals(
        Check.failed(
            "signer-key",
            "signing key 788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101 of acme"
                + " removed as compromised at index 8: critical"),
        report.check("signer-key").orElseThrow());
    assertEquals(report.check("revoked"), report.firstFailure());
  }

  @Test
  void verify_goldenBundleOfEntry2AllowRevoked_passes() throws Exception {
    Report report =
        BundleVerifier.verify(
            Golden.bundleOfEntry2(),
            Golden.trust(),
            Optional.empty(),
            OPTIONS.withAllowRevoked(true));
    assertTrue(report.ok(), () -> report.firstFailure().toString());
    assertEquals(Status.PASSED, report.check("revoked").orElseThrow().status());
    assertEquals(Status.NOT_CHECKED, report.check("freshness").orElseThrow().status());
  }

  @Test
  void verify_bundleOfEntry1WithModelDirectory_filesOkButSignerCompromised() throws Exception {
    Report report = verify(Golden.bundleOfEntry1(), Optional.of(Golden.path("model-base-1.0")));
    assertEquals(
        List.of(report.check("signer-key").orElseThrow()),
        report.checks().stream().filter(Check::failed).toList());
    assertEquals(4, report.checks(DirectoryVerifier.FILE).size());
    assertTrue(report.checks(DirectoryVerifier.FILE).stream().noneMatch(Check::failed));
    assertEquals(
        Check.passed(
            "manifest-digest", "988b1537a5e7a5c6174413ae56caa60d6e13f7777adb5298bce8d0f1a3126720"),
        report.check("manifest-digest").orElseThrow());
    Report allowed =
        BundleVerifier.verify(
            Golden.bundleOfEntry1(),
            Golden.trust(),
            Optional.of(Golden.path("model-base-1.0")),
            OPTIONS.withAllowRevoked(true));
    assertTrue(allowed.ok(), () -> allowed.firstFailure().toString());
  }

  @Test
  void verify_bundleOfEntry1AtSize8_ok() throws Exception {
    List<byte[]> leaves = Golden.leaves().subList(0, 8);
    MerkleFrontier frontier = new MerkleFrontier();
    leaves.forEach(l -> frontier.append(Merkle.leafHash(l)));
    String cp = Golden.sign(Checkpoint.of(Golden.ORIGIN, 8, frontier.root()), Golden.logKey());
    Bundle bundle =
        new Bundle(
            Golden.item(leaves, 1, cp),
            List.of(Golden.item(leaves, 0, cp), Golden.item(leaves, 3, cp)),
            List.of());
    Report report = verify(bundle, Optional.of(Golden.path("model-base-1.0")));
    assertTrue(report.ok(), () -> report.firstFailure().toString());
    assertEquals(
        Check.passed("signer-key", "no signing key removed as compromised in the bundle"),
        report.check("signer-key").orElseThrow());
  }
}
