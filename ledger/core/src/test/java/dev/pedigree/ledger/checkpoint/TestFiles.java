package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The outside test vectors and this package's fixtures, read from the test class path. */
final class TestFiles {
  static final String LOG_NAME = "example.com/model-ledger";
  static final String WITNESS_NAME = "witness.example/w1";

  private TestFiles() {}

  static Path path(String resource) {
    URL url = TestFiles.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String resource) throws IOException {
    return Files.readString(path(resource), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String resource) throws IOException {
    return Files.readAllBytes(path(resource));
  }

  /** The one line of a key file, without its newline. */
  static String keyLine(String resource) throws IOException {
    return text(resource).stripTrailing();
  }

  /** README: the log key's seed is the bytes 0x00..0x1f. */
  static Ed25519PrivateKey logPrivateKey() throws Exception {
    return Ed25519PrivateKey.fromSeed(
        Hex.decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
  }

  /** README: the witness key's seed is the bytes 0x20..0x3f. */
  static Ed25519PrivateKey witnessPrivateKey() throws Exception {
    return Ed25519PrivateKey.fromSeed(
        Hex.decode("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"));
  }

  static NoteVerifierKey logKey() throws Exception {
    return NoteVerifierKey.parse(keyLine("testdata/c2sp/log.vkey"));
  }

  static NoteVerifierKey witnessKey() throws Exception {
    return NoteVerifierKey.parse(keyLine("testdata/c2sp/witness.vkey"));
  }
}
