package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated PEM text, and PEM around mutated DER, through the key parsers and {@link KeyFiles}:
 * accepted, or refused with {@link KeyFormatException} (STYLE 15).
 */
class PemKeysFuzzTest {
  private static final int ROUNDS = 3000;
  private static final byte[] SEED = Hex.decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_mutatedPemAndDer_onlyKeyFormatException() throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(SEED);
    String privatePem = PemKeys.privateKeyPem(key);
    String publicPem = PemKeys.publicKeyPem(key.publicKey());
    byte[] privateDer = Pem.decode(privatePem, PemKeys.PRIVATE_LABEL);
    byte[] publicDer = Pem.decode(publicPem, PemKeys.PUBLIC_LABEL);
    Random random = new Random(6151);
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      boolean isPrivate = random.nextBoolean();
      String label = isPrivate ? PemKeys.PRIVATE_LABEL : PemKeys.PUBLIC_LABEL;
      String pem =
          switch (round % 3) {
            case 0 ->
                new String(
                    Fuzz.bytes(
                        (isPrivate ? privatePem : publicPem).getBytes(StandardCharsets.US_ASCII),
                        (isPrivate ? publicPem : privatePem).getBytes(StandardCharsets.US_ASCII),
                        random),
                    StandardCharsets.US_ASCII);
            case 1 ->
                Pem.encode(
                    label,
                    Fuzz.bytes(
                        isPrivate ? privateDer : publicDer, isPrivate ? publicDer : privateDer, random));
            default -> Pem.encode(label, Fuzz.arbitrary(random));
          };
      refused += (parses(pem, true) ? 0 : 1) + (parses(pem, false) ? 0 : 1);
    }
    assertTrue(refused > ROUNDS, "refused " + refused);
  }

  @Test
  void parse_emptyDer_refused() {
    // Found by the campaign above: BC reads empty DER as no object at all.
    assertEquals(
        "public key is not SubjectPublicKeyInfo DER: no DER value",
        assertThrows(
                KeyFormatException.class,
                () -> PemKeys.parsePublicKey(Pem.encode(PemKeys.PUBLIC_LABEL, new byte[0])))
            .getMessage());
    assertEquals(
        "private key is not PKCS#8 DER: no DER value",
        assertThrows(
                KeyFormatException.class,
                () -> PemKeys.parsePrivateKey(Pem.encode(PemKeys.PRIVATE_LABEL, new byte[0])))
            .getMessage());
  }

  @Test
  void parsePublicKey_bitStringWithUnusedBits_refused() {
    byte[] der = Hex.decode("302a300506032b6570032101" + "00".repeat(32));
    assertEquals(
        "Ed25519 public key BIT STRING has 1 unused bits, want 0",
        assertThrows(
                KeyFormatException.class,
                () -> PemKeys.parsePublicKey(Pem.encode(PemKeys.PUBLIC_LABEL, der)))
            .getMessage());
  }

  /** True if {@code pem} reads as a key, false if refused with {@link KeyFormatException}. */
  private static boolean parses(String pem, boolean isPrivate) {
    try {
      if (isPrivate) {
        PemKeys.parsePrivateKey(pem);
      } else {
        PemKeys.parsePublicKey(pem);
      }
      return true;
    } catch (KeyFormatException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
      return false;
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readKeys_mutatedFiles_onlyKeyFormatException(@TempDir Path dir) throws Exception {
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(SEED);
    byte[] privatePem = PemKeys.privateKeyPem(key).getBytes(StandardCharsets.US_ASCII);
    byte[] publicPem = PemKeys.publicKeyPem(key.publicKey()).getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve("key.pem");
    Random random = new Random(6152);
    int refused = 0;
    for (int round = 0; round < 300; round++) {
      Files.write(
          file,
          round % 10 == 0
              ? new byte[(16 << 10) + random.nextInt(2)]
              : Fuzz.bytes(round % 2 == 0 ? privatePem : publicPem, privatePem, random));
      try {
        if (round % 2 == 0) {
          KeyFiles.readPrivateKey(file);
        } else {
          KeyFiles.readPublicKey(file);
        }
      } catch (KeyFormatException e) {
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        refused++;
      }
    }
    assertTrue(refused > 100, "refused " + refused);
  }
}
