package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {
  @TempDir Path tmp;

  @Test
  void keygen_writesPairAndPrintsKeyid() throws Exception {
    String prefix = tmp.resolve("acme").toString();
    Run r = Run.of("keygen", "--out", prefix);
    assertEquals(0, r.exit(), r.err());
    Ed25519PrivateKey key = KeyFiles.readPrivateKey(Path.of(prefix + ".key"));
    assertEquals(key.publicKey(), KeyFiles.readPublicKey(Path.of(prefix + ".pub")));
    assertEquals(key.publicKey().keyId() + "\n", r.out());
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(prefix + ".key"))));
  }

  @Test
  void keygen_existingPublicKey_exit2NothingWritten() throws Exception {
    String prefix = tmp.resolve("acme").toString();
    Files.writeString(Path.of(prefix + ".pub"), "keep");
    Run r = Run.of("keygen", "--out", prefix);
    assertEquals(2, r.exit());
    assertEquals("pedigree: " + prefix + ".pub already exists (use --force to overwrite)\n", r.err());
    assertEquals("keep", Files.readString(Path.of(prefix + ".pub")));
    assertEquals(false, Files.exists(Path.of(prefix + ".key")));
  }

  @Test
  void keygen_force_replacesPair() throws Exception {
    String prefix = tmp.resolve("acme").toString();
    Run first = Run.of("keygen", "--out", prefix);
    Run second = Run.of("keygen", "--out", prefix, "--force");
    assertEquals(0, second.exit(), second.err());
    assertNotEquals(first.out(), second.out());
    assertEquals(
        KeyFiles.readPublicKey(Path.of(prefix + ".pub")).keyId() + "\n", second.out());
  }

  @Test
  void keygen_missingOut_exit2() {
    Run r = Run.of("keygen");
    assertEquals(2, r.exit());
    assertEquals(
        "pedigree: Missing required option: '--out=PREFIX'\n"
            + "Try 'pedigree keygen --help' for more information.\n",
        r.err());
  }

  @Test
  void keygen_missingDirectory_exit2OneLine() {
    Path prefix = tmp.resolve("no/such/dir/acme");
    Run r = Run.of("keygen", "--out", prefix.toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals("pedigree: " + prefix + ".key: no such file\n", r.err());
  }
}
