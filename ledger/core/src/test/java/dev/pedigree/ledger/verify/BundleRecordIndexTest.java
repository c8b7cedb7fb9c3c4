package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.Merkle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DESIGN A7: verify checks record {@code index} = proof {@code index}, even when the log signed
 * a tree holding a record that claims another index (so every inclusion proof holds).
 */
class BundleRecordIndexTest {

  @Test
  void verify_recordClaimingAnotherIndex_recordCheckFails() throws Exception {
    List<byte[]> leaves = Golden.leaves();
    ObjectNode record = (ObjectNode) Json.mapper().readTree(leaves.get(1));
    record.put("index", 5);
    leaves.set(1, Jcs.canonicalize(record));
    MerkleFrontier frontier = new MerkleFrontier();
    leaves.forEach(l -> frontier.append(Merkle.leafHash(l)));
    String cp =
        Golden.sign(
            Checkpoint.of(Golden.ORIGIN, leaves.size(), frontier.root()), Golden.logKey());
    Bundle bundle =
        new Bundle(
            Golden.item(leaves, 1, cp),
            List.of(Golden.item(leaves, 0, cp), Golden.item(leaves, 3, cp),
                Golden.item(leaves, 8, cp)),
            List.of());

    Report report =
        BundleVerifier.verify(
            bundle, Golden.trust(), Optional.empty(), BundleVerifierTest.OPTIONS);

    assertFalse(report.ok());
    assertEquals(
        Check.failed(BundleVerifier.RECORD + "entry", "record says index 5, proof says index 1"),
        report.firstFailure().orElseThrow());
  }
}
