package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.merkle.Merkle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DESIGN A7: what offline verification cannot prove is reported as {@code not checked}: later
 * revocations or key removals, freshness, a shared view (no witness quorum), namespace ownership.
 */
class NotCheckedTest {

  @Test
  void verify_goldenRelease_reportsTheFourThingsOfflineCannotProve() throws Exception {
    List<byte[]> leaves = Golden.leaves().subList(0, 8);
    MerkleFrontier frontier = new MerkleFrontier();
    leaves.forEach(l -> frontier.append(Merkle.leafHash(l)));
    String cp = Golden.sign(Checkpoint.of(Golden.ORIGIN, 8, frontier.root()), Golden.logKey());
    Bundle bundle =
        new Bundle(
            Golden.item(leaves, 1, cp),
            List.of(Golden.item(leaves, 0, cp), Golden.item(leaves, 3, cp)),
            List.of());

    Report report =
        BundleVerifier.verify(
            bundle, Golden.trust(), Optional.empty(), BundleVerifierTest.OPTIONS);

    assertEquals(
        List.of(
            NotChecked.LATER, NotChecked.FRESHNESS, NotChecked.SHARED_VIEW, NotChecked.OWNERSHIP),
        report.checks().stream()
            .filter(c -> c.status() == Status.NOT_CHECKED)
            .map(Check::name)
            .toList());
    assertEquals(
        Check.notChecked(
            NotChecked.SHARED_VIEW,
            "the trust policy asks no witness (quorum none): that others see the same tree is"
                + " not proven"),
        report.check(NotChecked.SHARED_VIEW).orElseThrow());
  }

  @Test
  void verify_goldenDerivation_alsoReportsItsParentsNotChecked() throws Exception {
    Report report =
        BundleVerifier.verify(
            Golden.bundleOfEntry2(),
            Golden.trust(),
            Optional.empty(),
            BundleVerifierTest.OPTIONS.withAllowRevoked(true));

    assertEquals(
        List.of(
            NotChecked.LATER,
            NotChecked.FRESHNESS,
            NotChecked.SHARED_VIEW,
            NotChecked.OWNERSHIP,
            NotChecked.REFERENCES),
        report.checks().stream()
            .filter(c -> c.status() == Status.NOT_CHECKED)
            .map(Check::name)
            .toList());
  }
}
