package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.Checkpoints;
import dev.pedigree.ledger.checkpoint.NoteSigner;
import dev.pedigree.ledger.checkpoint.TlogProof;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.merkle.MemoryHashStore;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.Proofs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The golden ledger of the outside test vectors (testdata/golden), read from disk. */
final class Golden {
  static final String ORIGIN = "example.com/pedigree-golden";
  static final String LOG_SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  private Golden() {}

  static Path path(String name) {
    try {
      return Path.of(Golden.class.getResource("/testdata/golden/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static String checkpoint() {
    return text("checkpoint.txt");
  }

  static TrustPolicy trust() throws Exception {
    return TrustPolicy.parse(text("log.vkey"));
  }

  /** The leaves of export.jsonl, without their newlines. */
  static List<byte[]> leaves() {
    List<byte[]> leaves = new ArrayList<>();
    for (String line : text("export.jsonl").split("\n")) {
      leaves.add(line.getBytes(StandardCharsets.UTF_8));
    }
    return leaves;
  }

  /** Leaf {@code index} with its inclusion proof, computed over the golden leaves. */
  static BundleItem item(List<byte[]> leaves, int index, String checkpoint) throws Exception {
    MemoryHashStore store = new MemoryHashStore();
    leaves.forEach(l -> store.append(Merkle.leafHash(l)));
    List<Bytes> hashes =
        Proofs.inclusion(index, leaves.size(), store).stream().map(Bytes::copyOf).toList();
    return new BundleItem(
        Bytes.copyOf(leaves.get(index)), new TlogProof(index, hashes, checkpoint));
  }

  /** Entry 1's bundle: the release, acme's key entries 0, 3, 8, no revocation. */
  static Bundle bundleOfEntry1() throws Exception {
    List<byte[]> leaves = leaves();
    String cp = checkpoint();
    return new Bundle(
        item(leaves, 1, cp),
        List.of(item(leaves, 0, cp), item(leaves, 3, cp), item(leaves, 8, cp)),
        List.of());
  }

  static Bundle bundleOfEntry2() throws Exception {
    return Bundle.parse(bytes("bundle-02-derivation.json"));
  }

  /** A checkpoint signed with the golden log key, or with any key under the golden name. */
  static String sign(Checkpoint checkpoint, Ed25519PrivateKey key) throws Exception {
    return Checkpoints.sign(checkpoint, NoteSigner.of(ORIGIN, key));
  }

  static Ed25519PrivateKey logKey() throws Exception {
    return Ed25519PrivateKey.fromSeed(Hex.decode(LOG_SEED));
  }

  /** A copy of the golden model directory, to tamper with. */
  static Path copyModel(Path target) throws IOException {
    Path source = path("model-base-1.0");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }
}
