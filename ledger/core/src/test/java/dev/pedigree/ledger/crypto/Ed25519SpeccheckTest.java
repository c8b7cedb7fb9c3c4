package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The 12 ed25519-speccheck edge cases (testdata/ed25519/cases.json, DESIGN A4). */
class Ed25519SpeccheckTest {
  private static final JsonNode CASES = CryptoFixtures.json("testdata/ed25519/cases.json");

  static IntStream cases() {
    return IntStream.range(0, CASES.size());
  }

  private static byte[] field(int index, String name) {
    return Hex.decode(CASES.get(index).get(name).textValue());
  }

  /** The outcome of strict verification: "ok", or the message of the refusal. */
  private static String outcome(int index) {
    try {
      Ed25519PublicKey.fromRaw(field(index, "pub_key"))
          .verify(field(index, "message"), field(index, "signature"));
      return "ok";
    } catch (KeyFormatException | SignatureVerificationException e) {
      return e.getMessage();
    }
  }

  @Test
  void cases_twelveOfThem() {
    assertEquals(12, CASES.size());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void verify_speccheckCase_onlyCase3Accepted(int index) {
    // testdata/README.md: Pedigree accepts only case 3, as libsodium does.
    assertEquals(index == 3, outcome(index).equals("ok"), "case " + index + ": " + outcome(index));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|Ed25519 public key is a point of small order",
        "1|Ed25519 public key is a point of small order",
        "2|signature R is a point of small order (keyid %s)",
        "3|ok",
        // 4 and 5 hold only with the cofactor (mixed-order A): the cofactorless equation fails.
        "4|signature does not verify under keyid %s",
        "5|signature does not verify under keyid %s",
        "6|signature S is not below L (keyid %s)",
        "7|signature S is not below L (keyid %s)",
        // 8-11: (0, -1) with the sign bit set, a non-canonical spelling of a small-order point.
        "8|signature R is a point of small order (keyid %s)",
        "9|signature R is a point of small order (keyid %s)",
        "10|Ed25519 public key is a point of small order",
        "11|Ed25519 public key is a point of small order",
      })
  void verify_speccheckCase_refusedForItsReason(int index, String want) {
    // DESIGN A4: keyid = SHA-256 of the DER SubjectPublicKeyInfo, here spelled out by hand.
    String spki = "302a300506032b6570032100" + CASES.get(index).get("pub_key").textValue();
    String keyId = Sha256.hex(Hex.decode(spki));
    assertEquals(String.format(want, keyId), outcome(index));
  }

  @Test
  void bouncyCastleAlone_acceptsCofactoredAndSmallOrderR() {
    // Why the checks around Bouncy Castle exist: 1.87 refuses small-order A, S >= L and
    // non-canonical encodings itself, but accepts a small-order R (2) and checks the cofactored
    // equation (4, 5). If this changes with an upgrade, revisit Ed25519PublicKey.verify.
    List<Integer> accepted = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      byte[] message = field(i, "message");
      byte[] sig = field(i, "signature");
      if (Ed25519.verify(sig, 0, field(i, "pub_key"), 0, message, 0, message.length)) {
        accepted.add(i);
      }
    }
    assertEquals(List.of(2, 3, 4, 5), accepted);
  }
}
