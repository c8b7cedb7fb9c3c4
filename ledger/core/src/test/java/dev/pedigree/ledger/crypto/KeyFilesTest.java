package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFilesTest {
  // RFC 8032 §7.1 TEST 1: seed and public key.
  static final byte[] SEED =
      Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  static final String PUB = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  @TempDir Path tmp;

  @Test
  void privateKeyPem_knownSeed_isOpensslForm() throws Exception {
    String pem = PemKeys.privateKeyPem(Ed25519PrivateKey.fromSeed(SEED));
    byte[] der = Pem.decode(pem, "PRIVATE KEY");
    assertEquals("302e020100300506032b657004220420" + Hex.encode(SEED), Hex.encode(der));
    assertEquals(
        "-----BEGIN PRIVATE KEY-----\n"
            + "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
            + "-----END PRIVATE KEY-----\n",
        pem);
  }

  @Test
  void roundTrip_writeRead_sameKeys() throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.generate();
    KeyFiles.writePrivateKey(tmp.resolve("k.key"), key, false);
    KeyFiles.writePublicKey(tmp.resolve("k.pub"), key.publicKey(), false);
    assertArrayEquals(key.seed(), KeyFiles.readPrivateKey(tmp.resolve("k.key")).seed());
    assertEquals(key.publicKey(), KeyFiles.readPublicKey(tmp.resolve("k.pub")));
  }

  @Test
  void writePrivateKey_mode0600() throws Exception {
    Path file = tmp.resolve("k.key");
    KeyFiles.writePrivateKey(file, Ed25519PrivateKey.generate(), false);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void writePrivateKey_existing_refusedUntouched() throws Exception {
    Path file = Files.writeString(tmp.resolve("k.key"), "precious");
    FileAlreadyExistsException e =
        assertThrows(
            FileAlreadyExistsException.class,
            () -> KeyFiles.writePrivateKey(file, Ed25519PrivateKey.generate(), false));
    assertEquals(file + ": exists, not overwritten", e.getMessage());
    assertEquals("precious", Files.readString(file));
  }

  @Test
  void writePrivateKey_overwrite_replacedWithMode0600() throws Exception {
    Path file = Files.writeString(tmp.resolve("k.key"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(SEED);
    KeyFiles.writePrivateKey(file, key, true);
    assertEquals(PUB, KeyFiles.readPrivateKey(file).publicKey().raw().hex());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var s = Files.list(tmp)) {
      assertEquals(List.of(file), s.toList(), "no temporary file left behind");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // X25519 key (RFC 8410 §10.3 form)
        "302e020100300506032b656e04220420" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
            + "|private key algorithm is X25519 (1.3.101.110), want Ed25519 (1.3.101.112)",
        // Ed25519 with a 31-byte seed
        "302d020100300506032b65700421041f" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f"
            + "|Ed25519 private key of 31 bytes, want 32",
        // PKCS#8 v2 (OneAsymmetricKey) carrying the public key too, RFC 8410 §10.3
        "3051020101300506032b657004220420" + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
            + "812100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
            + "|Ed25519 private key of 83 bytes of DER is not the plain PKCS#8 form (version 0, no"
            + " attributes, no public key), want 48 bytes as openssl writes it",
        "3003020100|private key is not PKCS#8 DER: ",
      })
  void parsePrivateKey_notPlainEd25519_refused(String derHex, String message) {
    String pem = Pem.encode("PRIVATE KEY", Hex.decode(derHex));
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> PemKeys.parsePrivateKey(pem));
    assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "302a300506032b656e032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
            + "|public key algorithm is X25519 (1.3.101.110), want Ed25519 (1.3.101.112)",
        "3029300506032b6570032000d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f70751"
            + "|Ed25519 public key of 31 bytes, want 32",
        "30|public key is not SubjectPublicKeyInfo DER: ",
      })
  void parsePublicKey_notEd25519_refused(String derHex, String message) {
    String pem = Pem.encode("PUBLIC KEY", Hex.decode(derHex));
    KeyFormatException e = assertThrows(KeyFormatException.class, () -> PemKeys.parsePublicKey(pem));
    assertEquals(true, e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void readPrivateKey_publicKeyFile_refusedNamingFile() throws Exception {
    Path file = tmp.resolve("k.pub");
    KeyFiles.writePublicKey(file, Ed25519PrivateKey.fromSeed(SEED).publicKey(), false);
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> KeyFiles.readPrivateKey(file));
    assertEquals(file + ": this is a public key, want a private key", e.getMessage());
  }

  @Test
  void readPrivateKey_encrypted_refusedWithHint() throws Exception {
    Path file = Files.writeString(tmp.resolve("k.key"),
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
    KeyFormatException e =
        assertThrows(KeyFormatException.class, () -> KeyFiles.readPrivateKey(file));
    assertEquals(
        file + ": encrypted private keys are not supported (decrypt with: openssl pkey -in FILE)",
        e.getMessage());
  }

  @Test
  void readPublicKey_hugeFile_refusedBeforeReading() throws Exception {
    Path file = Files.write(tmp.resolve("big.pub"), new byte[100_000]);
    KeyFormatException e = assertThrows(KeyFormatException.class, () -> KeyFiles.readPublicKey(file));
    assertEquals(file + ": key file of 100000 bytes, want at most 16384", e.getMessage());
  }

  // Interop with the openssl command, when this machine has one.

  @Test
  void readPrivateKey_opensslGenpkey_samePublicKeyAsOpenssl() throws Exception {
    Path key = tmp.resolve("o.key");
    openssl("genpkey", "-algorithm", "ed25519", "-out", key.toString());
    Path pub = tmp.resolve("o.pub");
    openssl("pkey", "-in", key.toString(), "-pubout", "-out", pub.toString());
    Ed25519PrivateKey ours = KeyFiles.readPrivateKey(key);
    assertEquals(KeyFiles.readPublicKey(pub), ours.publicKey());
    assertEquals(Files.readString(pub), PemKeys.publicKeyPem(ours.publicKey()));
  }

  @Test
  void writePrivateKey_opensslPubout_equalsOurPublicKeyFile() throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.generate();
    Path priv = tmp.resolve("k.key");
    Path pub = tmp.resolve("k.pub");
    KeyFiles.writePrivateKey(priv, key, false);
    KeyFiles.writePublicKey(pub, key.publicKey(), false);
    String fromOpenssl = openssl("pkey", "-in", priv.toString(), "-pubout");
    assertEquals(Files.readString(pub), fromOpenssl);
    // The keyid is the SHA-256 of the DER SPKI openssl writes (DESIGN A4).
    Path der = tmp.resolve("k.der");
    openssl("pkey", "-pubin", "-in", pub.toString(), "-outform", "DER", "-out", der.toString());
    assertEquals(key.publicKey().keyId(), Sha256.hex(Files.readAllBytes(der)));
  }

  @Test
  void readPrivateKey_opensslEcKey_refusedAsWrongAlgorithm() throws Exception {
    Path key = tmp.resolve("ec.key");
    openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
        "-out", key.toString());
    KeyFormatException e = assertThrows(KeyFormatException.class, () -> KeyFiles.readPrivateKey(key));
    assertEquals(
        key + ": private key algorithm is EC (1.2.840.10045.2.1), want Ed25519 (1.3.101.112)",
        e.getMessage());
  }

  /** Runs openssl and returns its standard output; skips the test when there is no openssl. */
  static String openssl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      assumeTrue(false, "no openssl command on this machine");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertEquals(0, p.waitFor(), "openssl " + String.join(" ", args));
    return out;
  }
}
