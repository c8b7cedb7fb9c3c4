package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.manifest.HashOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each tampering fails the report with the precise reason as its first failure. */
class BundleTamperTest {
  static final BundleVerifier.Options ALLOW =
      new BundleVerifier.Options(true, HashOptions.defaults().withThreads(2));
  static final String KEY_A = "788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101";
  static final String KEY_B = "c7c4c473d09d1bdb37e2a6c5aae8dc137b666abf926c4ca9c8f0a177c5e31a62";
  static final String ROOT = "9f778e4441b86202f2387dc9ad79c4b0ba98c0338018dc594eea870e7cbc69a7";

  static Check firstFailure(Bundle bundle, Optional<Path> dir) throws Exception {
    return BundleVerifier.verify(bundle, Golden.trust(), dir, ALLOW).firstFailure().orElseThrow();
  }

  static Check firstFailure(Bundle bundle) throws Exception {
    return firstFailure(bundle, Optional.empty());
  }

  @Test
  void verify_flippedByteInModelFile_namesFileAndBothDigests(@TempDir Path tmp) throws Exception {
    Path dir = Golden.copyModel(tmp);
    byte[] data = Files.readAllBytes(dir.resolve("model.safetensors"));
    data[10] ^= 1;
    Files.write(dir.resolve("model.safetensors"), data);
    assertEquals(
        Check.failed(
            "file model.safetensors",
            "modified: sha256 "
                + Sha256.hex(data)
                + ", statement says"
                + " bc3247c5e6eda57da0dbf956a1be2f809d6b2dea4c9370db97e27efd0bc0ff18"),
        firstFailure(Golden.bundleOfEntry1(), Optional.of(dir)));
  }

  @Test
  void verify_missingFile_namesIt(@TempDir Path tmp) throws Exception {
    Path dir = Golden.copyModel(tmp);
    Files.delete(dir.resolve("config.json"));
    assertEquals(
        Check.failed(
            "file config.json",
            "missing: statement says sha256"
                + " 89a668a4bac0d535512b6cc806e6810e9a563c67d79852e543505a5c0a86c7bb"),
        firstFailure(Golden.bundleOfEntry1(), Optional.of(dir)));
  }

  @Test
  void verify_extraFile_namesIt(@TempDir Path tmp) throws Exception {
    Path dir = Golden.copyModel(tmp);
    Files.writeString(dir.resolve("tokenizer/extra.txt"), "x");
    assertEquals(
        Check.failed(
            "file tokenizer/extra.txt",
            "unexpected: not in the statement, sha256 " + Sha256.hex(new byte[] {'x'})),
        firstFailure(Golden.bundleOfEntry1(), Optional.of(dir)));
  }

  @Test
  void verify_leafAltered_inclusionFailsWithBothRoots() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    byte[] leaf = golden.entry().leaf().toByteArray();
    leaf[leaf.length - 5] ^= 1;
    Bundle bundle =
        new Bundle(
            new BundleItem(Bytes.copyOf(leaf), golden.entry().proof()),
            golden.keys(),
            golden.revocations());
    Check failure = firstFailure(bundle);
    assertEquals("inclusion entry", failure.name());
    assertEquals(
        "inclusion of index 2 in tree of size 9: computed root "
            + failure.detail().split("computed root ")[1].substring(0, 64)
            + ", want "
            + ROOT,
        failure.detail());
  }

  @Test
  void verify_checkpointSignedByAnotherKey_trustMismatch() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    Checkpoint cp = Checkpoint.of(Golden.ORIGIN, 9, Bytes.fromHex(ROOT));
    String forged = Golden.sign(cp, Ed25519PrivateKey.fromSeed(new byte[32]));
    Bundle bundle = withCheckpoint(golden, forged);
    Check failure = firstFailure(bundle);
    assertEquals(
        Check.failed(
            "checkpoint",
            "note has no signature by a known key; signed by example.com/pedigree-golden+a564ad16"),
        failure);
  }

  @Test
  void verify_truncatedProof_inclusionFails() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    TlogProof proof = golden.entry().proof();
    TlogProof truncated =
        new TlogProof(proof.index(), proof.hashes().subList(0, 3), proof.checkpoint());
    Bundle bundle =
        new Bundle(
            new BundleItem(golden.entry().leaf(), truncated), golden.keys(), golden.revocations());
    Check failure = firstFailure(bundle);
    assertEquals(Check.failed("inclusion entry", "proof has 3 hashes, want 4"), failure);
  }

  @Test
  void verify_keysOfAnotherNamespace_signatureNotBound() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    BundleItem evalsKey = Golden.item(Golden.leaves(), 5, Golden.checkpoint());
    Bundle bundle = new Bundle(golden.entry(), List.of(evalsKey), List.of());
    Check failure = firstFailure(bundle);
    assertEquals(
        Check.failed(
            "signature",
            "key-not-bound at /signatures/0/keyid: keyid "
                + KEY_A
                + " names no key bound in the ledger nor added by this entry"),
        failure);
  }

  @Test
  void verify_forgedKeyHistorySkippingAnEntry_keyStateConflict() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    Bundle bundle =
        new Bundle(golden.entry(), List.of(golden.keys().get(0), golden.keys().get(2)), List.of());
    Check failure = firstFailure(bundle);
    assertEquals(
        Check.failed(
            "key-history",
            "keys[1] (index 8): key-not-bound at /signatures/0/keyid: keyid "
                + KEY_B
                + " names no key bound in the ledger nor added by this entry"),
        failure);
  }

  @Test
  void verify_proofsEmbedDifferentCheckpoints_refused() throws Exception {
    Bundle golden = Golden.bundleOfEntry2();
    Checkpoint cp =
        new Checkpoint(Golden.ORIGIN, 9, Bytes.fromHex(ROOT), List.of("extension line"));
    String other = Golden.sign(cp, Golden.logKey());
    BundleItem key0 = golden.keys().get(0);
    BundleItem moved = new BundleItem(key0.leaf(), new TlogProof(0, key0.proof().hashes(), other));
    Bundle bundle =
        new Bundle(
            golden.entry(),
            List.of(moved, golden.keys().get(1), golden.keys().get(2)),
            golden.revocations());
    assertEquals(
        Check.failed(
            "same-checkpoint",
            "[keys[0]] embed another checkpoint than the entry's proof (DESIGN A7: one checkpoint,"
                + " byte for byte)"),
        firstFailure(bundle));
  }

  static Bundle withCheckpoint(Bundle b, String cp) {
    java.util.function.Function<BundleItem, BundleItem> swap =
        i -> new BundleItem(i.leaf(), new TlogProof(i.index(), i.proof().hashes(), cp));
    return new Bundle(
        swap.apply(b.entry()),
        b.keys().stream().map(swap).toList(),
        b.revocations().stream().map(swap).toList());
  }
}
