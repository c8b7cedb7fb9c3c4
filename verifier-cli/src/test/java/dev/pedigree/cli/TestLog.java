package dev.pedigree.cli;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.Records;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.Proofs;
import dev.pedigree.ledger.testing.TestKeys;
import dev.pedigree.ledger.testing.TestLedger;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleItem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A log without a server, for tests: entries go through the ledger's intake and rules ({@link
 * TestLedger}), or raw (no rules, to build what an honest log would refuse), into a Merkle tree
 * whose checkpoints a log key signs; bundles and exports are cut from it.
 */
final class TestLog {
  static final String ORIGIN = "test.example/pedigree";

  private final NoteSigner signer;
  private final TestLedger ledger = new TestLedger();
  private final MemoryHashStore tree = new MemoryHashStore();
  private final List<byte[]> leaves = new ArrayList<>();
  private final List<byte[]> leafHashes = new ArrayList<>();

  TestLog() {
    this(TestKeys.of("log"));
  }

  TestLog(Ed25519PrivateKey logKey) {
    try {
      signer = NoteSigner.of(ORIGIN, logKey);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The log's verifier key text, a trust file's content. */
  String vkey() {
    return signer.verifierKey().format() + "\n";
  }

  /** Takes a submitted envelope as the ledger does; fails the test if refused. Its index. */
  long append(byte[] body) {
    TestLedger.Appended a = ledger.append(body);
    add(a.leaf().toByteArray());
    return a.index();
  }

  /** Appends an envelope with no rule checked (only its shape), as a dishonest log could. */
  long appendRaw(byte[] body) throws Exception {
    long index = leaves.size();
    Bytes prev =
        index == 0 ? ChainRecord.GENESIS_PREV : Bytes.copyOf(leafHashes.get((int) index - 1));
    add(Records.leafFor(Submission.parse(body), index, TestLedger.time(index), prev));
    return index;
  }

  private void add(byte[] leaf) {
    leaves.add(leaf);
    leafHashes.add(Merkle.leafHash(leaf));
    tree.append(Merkle.leafHash(leaf));
  }

  long size() {
    return leaves.size();
  }

  List<byte[]> leaves() {
    return List.copyOf(leaves);
  }

  /** The signed checkpoint of the first {@code size} leaves. */
  String checkpoint(long size) throws Exception {
    byte[] root = Merkle.root(leafHashes.subList(0, (int) size));
    return Checkpoints.sign(Checkpoint.of(ORIGIN, size, Bytes.copyOf(root)), signer);
  }

  String checkpoint() throws Exception {
    return checkpoint(size());
  }

  /** Leaf {@code index} with its proof against the checkpoint of the whole log. */
  BundleItem item(long index, String checkpoint) throws Exception {
    List<Bytes> hashes = Proofs.inclusion(index, size(), tree).stream().map(Bytes::copyOf).toList();
    return new BundleItem(
        Bytes.copyOf(leaves.get((int) index)), new TlogProof(index, hashes, checkpoint));
  }

  /** The bundle of entry {@code index} with these key entries and revocations, at full size. */
  Bundle bundle(long index, List<Long> keys, List<Long> revocations) throws Exception {
    String cp = checkpoint();
    List<BundleItem> k = new ArrayList<>();
    for (long i : keys) {
      k.add(item(i, cp));
    }
    List<BundleItem> r = new ArrayList<>();
    for (long i : revocations) {
      r.add(item(i, cp));
    }
    return new Bundle(item(index, cp), k, r);
  }

  /** The consistency proof from size m to the whole log, as the server's JSON. */
  String consistencyJson(long m) throws Exception {
    List<String> hashes =
        Proofs.consistency(m, size(), tree).stream()
            .map(h -> '"' + Bytes.copyOf(h).hex() + '"')
            .toList();
    return "{\"from\": "
        + m
        + ", \"to\": "
        + size()
        + ", \"hashes\": ["
        + String.join(", ", hashes)
        + "]}\n";
  }

  /** The export of the whole log: every leaf and a newline. */
  byte[] export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] leaf : leaves) {
      out.writeBytes(leaf);
      out.write('\n');
    }
    return out.toByteArray();
  }

  static Path write(Path file, String text) throws Exception {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
