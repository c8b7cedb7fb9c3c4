package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden ledger written by an independent client (testdata/golden), verified by the CLI. */
class GoldenVerifyTest {
  static final Path GOLDEN = HashCommandTest.TESTDATA.resolve("golden");
  static final String VKEY = GOLDEN.resolve("log.vkey").toString();

  @TempDir Path tmp;

  static String last(Run r) {
    List<String> lines = r.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void verify_goldenBundle02_exit1RevokedUnlessAllowed() {
    String bundle = GOLDEN.resolve("bundle-02-derivation.json").toString();
    Run r = Run.of("verify", "--bundle", bundle, "--trust", VKEY);
    assertEquals(1, r.exit(), r.out());
    assertTrue(last(r).endsWith(": revoked: revoked by entry 7 (safety, high)"), last(r));
    assertTrue(
        r.out()
            .contains(
                "FAILED       signer-key: signing key"
                    + " 788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101 of acme"
                    + " removed as compromised at index 8: critical"),
        r.out());
    Run allowed = Run.of("verify", "--bundle", bundle, "--trust", VKEY, "--allow-revoked");
    assertEquals(0, allowed.exit(), allowed.out());
  }

  @Test
  void verify_goldenEntry1WithModelBase_filesOkSignerCompromisedAtSize9() throws Exception {
    List<byte[]> leaves = new ArrayList<>();
    for (String line : Files.readString(GOLDEN.resolve("export.jsonl")).split("\n")) {
      leaves.add(line.getBytes(StandardCharsets.UTF_8));
    }
    String cp = Files.readString(GOLDEN.resolve("checkpoint.txt"));
    MemoryHashStore tree = new MemoryHashStore();
    leaves.forEach(l -> tree.append(Merkle.leafHash(l)));
    List<BundleItem> keys = new ArrayList<>();
    for (int i : new int[] {0, 3, 8}) {
      keys.add(item(leaves, tree, i, cp));
    }
    Path bundle =
        TestLog.write(
            tmp.resolve("b.json"), new Bundle(item(leaves, tree, 1, cp), keys, List.of()).format());
    String model = GOLDEN.resolve("model-base-1.0").toString();
    Run r = Run.of("verify", model, "--bundle", bundle.toString(), "--trust", VKEY);
    assertEquals(1, r.exit(), r.out());
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("FAILED ")).count(), r.out());
    assertTrue(last(r).contains(": signer-key: signing key 788de5096f8b"), last(r));
    assertTrue(r.out().contains("ok           file tokenizer/tokenizer.json: ok"), r.out());
    assertTrue(
        r.out()
            .contains(
                "ok           manifest-digest:"
                    + " 988b1537a5e7a5c6174413ae56caa60d6e13f7777adb5298bce8d0f1a3126720"),
        r.out());
    Run allowed =
        Run.of("verify", model, "--bundle", bundle.toString(), "--trust", VKEY, "--allow-revoked");
    assertEquals(0, allowed.exit(), allowed.out());
  }

  @Test
  void audit_goldenExport_exit0() {
    Run r =
        Run.of(
            "audit",
            GOLDEN.resolve("export.jsonl").toString(),
            "--checkpoint",
            GOLDEN.resolve("checkpoint.txt").toString(),
            "--trust",
            VKEY);
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "ok           root: root of the 9 leaves is the checkpoint's,"
                    + " 9f778e4441b86202f2387dc9ad79c4b0ba98c0338018dc594eea870e7cbc69a7"),
        r.out());
  }

  private static BundleItem item(List<byte[]> leaves, MemoryHashStore tree, int i, String cp)
      throws Exception {
    List<Bytes> hashes =
        Proofs.inclusion(i, leaves.size(), tree).stream().map(Bytes::copyOf).toList();
    return new BundleItem(Bytes.copyOf(leaves.get(i)), new TlogProof(i, hashes, cp));
  }
}
