package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.testing.Fuzz;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated bundles and exports: {@link Bundle#parse} accepts or throws {@link
 * BundleFormatException}; {@link BundleVerifier#verify} and {@link ExportAuditor} answer with a
 * report, never an exception (STYLE 15). Leaves are mutated inside (the record, the envelope, the
 * statement) and the ledger re-proved and re-signed, so the mutations reach the replay.
 */
class BundleFuzzTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_mutatedGoldenBundle_onlyBundleFormatException() throws Exception {
    byte[] golden = Golden.bytes("bundle-02-derivation.json");
    JsonNode tree = Json.mapper().readTree(golden);
    Random random = new Random(2718);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < 3000; round++) {
      byte[] input =
          switch (round % 3) {
            case 0 -> Fuzz.bytes(golden, golden, random);
            case 1 -> Fuzz.json(Fuzz.tree(tree, random));
            default -> Fuzz.arbitrary(random);
          };
      try {
        Bundle bundle = Bundle.parse(input);
        assertEquals(bundle, Bundle.parse(bundle.format().getBytes()));
        accepted++;
      } catch (BundleFormatException e) {
        assertTrue(e.field().isEmpty() || e.field().startsWith("/"), e::getMessage);
        refused++;
      }
    }
    assertTrue(accepted > 0 && refused > 1500, accepted + " accepted, " + refused + " refused");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void verify_bundlesOfMutatedLedgers_onlyReports() throws Exception {
    List<byte[]> golden = Golden.leaves();
    Random random = new Random(1414);
    int failed = 0;
    for (int round = 0; round < 200; round++) {
      List<byte[]> leaves = mutateLedger(golden, random);
      if (leaves.stream().anyMatch(l -> l.length > ChainRecord.MAX_LEAF_BYTES)) {
        continue; // a bundle item cannot hold it (Bundle.parse refuses it, tested above)
      }
      int size = leaves.size();
      String cp = checkpoint(leaves);
      int entry = random.nextInt(size);
      List<BundleItem> keys = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        keys.add(Golden.item(leaves, random.nextInt(size), cp));
      }
      List<BundleItem> revocations =
          random.nextBoolean() ? List.of() : List.of(Golden.item(leaves, random.nextInt(size), cp));
      Bundle bundle = new Bundle(Golden.item(leaves, entry, cp), keys, revocations);
      Report report =
          BundleVerifier.verify(
              bundle, Golden.trust(), Optional.empty(), BundleVerifierTest.OPTIONS);
      failed += report.ok() ? 0 : 1;
    }
    assertTrue(failed > 75, "failed " + failed);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void audit_mutatedExports_onlyReports() throws Exception {
    List<byte[]> golden = Golden.leaves();
    Random random = new Random(1732);
    int failed = 0;
    for (int round = 0; round < 150; round++) {
      List<byte[]> leaves = mutateLedger(golden, random);
      String cp = checkpoint(leaves);
      if (random.nextInt(4) == 0) { // raw byte damage the chain must catch
        int at = random.nextInt(leaves.size());
        leaves.set(at, Fuzz.bytes(leaves.get(at), golden.get(0), random));
      }
      ExportAuditor auditor = ExportAuditor.start(cp, Golden.trust(), n -> {});
      leaves.forEach(auditor::accept);
      Report report = auditor.finish();
      assertEquals(report.ok(), auditor.firstBadIndex().isEmpty() && rootMatches(report));
      failed += report.ok() ? 0 : 1;
    }
    assertTrue(failed > 75, "failed " + failed);
  }

  private static boolean rootMatches(Report report) {
    return report.check(ExportAuditor.ROOT).map(c -> !c.failed()).orElse(false);
  }

  /**
   * The golden leaves with one or two of them mutated inside (record, envelope or statement), the
   * later records relinked by {@code prev} so the chain holds.
   */
  private static List<byte[]> mutateLedger(List<byte[]> golden, Random random) throws Exception {
    List<byte[]> leaves = new ArrayList<>(golden);
    if (random.nextInt(3) == 0) {
      leaves.add(random.nextInt(leaves.size() + 1), golden.get(random.nextInt(golden.size())));
    }
    for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
      int at = random.nextInt(leaves.size());
      try {
        mutateLeaf(leaves, at, random);
      } catch (IOException | RuntimeException e) {
        // an earlier edit left no structure for this one to edit
      }
    }
    return relink(leaves);
  }

  private static void mutateLeaf(List<byte[]> leaves, int at, Random random) throws IOException {
    {
      ObjectNode record = (ObjectNode) Json.mapper().readTree(leaves.get(at));
      ObjectNode envelope = (ObjectNode) record.get("envelope");
      switch (random.nextInt(3)) {
        case 0 -> leaves.set(at, Fuzz.canonical(Fuzz.tree(record, random)));
        case 1 -> {
          record.set("envelope", Fuzz.tree(envelope, random));
          leaves.set(at, Fuzz.canonical(record));
        }
        default -> {
          byte[] payload = Base64.getDecoder().decode(envelope.get("payload").textValue());
          byte[] mutated = Fuzz.canonical(Fuzz.tree(Json.mapper().readTree(payload), random));
          envelope.put("payload", Base64.getEncoder().encodeToString(mutated));
          leaves.set(at, Fuzz.canonical(record));
        }
      }
    }
  }

  private static List<byte[]> relink(List<byte[]> leaves) throws Exception {
    for (int i = 1; i < leaves.size(); i++) {
      JsonNode tree;
      try {
        tree = Json.mapper().readTree(leaves.get(i));
      } catch (IOException e) {
        continue; // not JSON: the chain refuses it as it is
      }
      if (tree instanceof ObjectNode record) {
        record.put("prev", Bytes.copyOf(Merkle.leafHash(leaves.get(i - 1))).hex());
        if (record.has("index") && record.get("index").isIntegralNumber()) {
          record.put("index", i);
        }
        leaves.set(i, Fuzz.canonical(record));
      }
    }
    return leaves;
  }

  private static String checkpoint(List<byte[]> leaves) throws Exception {
    MerkleFrontier frontier = new MerkleFrontier();
    leaves.forEach(l -> frontier.append(Merkle.leafHash(l)));
    return Golden.sign(
        Checkpoint.of(Golden.ORIGIN, leaves.size(), frontier.root()), Golden.logKey());
  }
}
