package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.KeyFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN A6 on a fresh log with no configured origin: the default origin, the key name equal to
 * it, the verifier key text and the signed checkpoint of size 0, byte for byte. The wanted texts
 * were computed apart, with Python's {@code cryptography} and {@code hashlib}, from the log seed
 * 0x00..0x1f of the outside test vectors.
 */
class EmptyLogTest {
  static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  @TempDir Path dir;

  @Test
  void open_noOrigin_defaultOriginVkeyAndEmptyCheckpointByteForByte() throws Exception {
    KeyFiles.writePrivateKey(
        dir.resolve("log.key"), Ed25519PrivateKey.fromSeed(Hex.decode(SEED)), false);

    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir))) {
      assertEquals(
          "localhost/pedigree/56475aa7+38466c4e+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4",
          ledger.verifierKey());
      assertEquals(
          "localhost/pedigree/56475aa7\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n"
              + "\u2014 localhost/pedigree/56475aa7 OEZsTmEKu61+k8yDUoRSmJohHCAIs8BIKC7dsGysT19aG"
              + "Ukzw0RT3IbcceP5pwX5Y9S+6xnFNAgJlPZBH+cYPWB0xQQ=\n",
          ledger.checkpoint());
    }
  }
}
