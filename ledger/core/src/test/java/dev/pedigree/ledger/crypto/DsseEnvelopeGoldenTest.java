package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden ledger's envelopes (testdata/golden/, written by an independent client). */
class DsseEnvelopeGoldenTest {
  private static final JsonNode KEYS = CryptoFixtures.json("testdata/golden/keys.json");

  private static Ed25519PrivateKey key(String name) throws KeyFormatException {
    return Ed25519PrivateKey.fromSeed(Hex.decode(KEYS.get(name).get("seedHex").textValue()));
  }

  // Signers as testdata/README.md lists them for each golden entry.
  @ParameterizedTest
  @CsvSource({
    "00-key,acme-A",
    "01-release,acme-A",
    "02-derivation,acme-A",
    "03-key,acme-A acme-B",
    "04-modification,acme-B",
    "05-key,evals-E",
    "06-attestation,evals-E",
    "07-revocation,acme-B",
    "08-key,acme-B",
  })
  void sign_goldenStatement_givesGoldenEnvelope(String entry, String signers) throws Exception {
    byte[] statement = CryptoFixtures.bytes("testdata/golden/entries/" + entry + ".statement.json");
    List<Ed25519PrivateKey> keys = new ArrayList<>();
    // Given in reverse, so that the envelope has to sort them itself.
    for (String name : signers.split(" ")) {
      keys.add(0, key(name));
    }
    DsseEnvelope envelope = DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, statement, keys);
    JsonNode want = CryptoFixtures.json("testdata/golden/entries/" + entry + ".envelope.json");
    assertEquals(want, envelope.toJson());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"00-key", "01-release", "02-derivation", "03-key", "04-modification", "05-key",
          "06-attestation", "07-revocation", "08-key"})
  void fromJson_goldenEnvelope_roundTripsAndVerifies(String entry) throws Exception {
    JsonNode json = CryptoFixtures.json("testdata/golden/entries/" + entry + ".envelope.json");
    DsseEnvelope envelope = DsseEnvelope.fromJson(json);
    assertEquals(json, envelope.toJson());
    Map<String, Ed25519PublicKey> keys = new HashMap<>();
    for (String name : List.of("acme-A", "acme-B", "evals-E")) {
      Ed25519PublicKey key = key(name).publicKey();
      keys.put(key.keyId(), key);
    }
    assertDoesNotThrow(() -> envelope.verify(keys));
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme-A", "acme-B", "evals-E"})
  void goldenKeys_publicKeyAndKeyIdAsTheIndependentClient(String name) throws Exception {
    Ed25519PublicKey key = key(name).publicKey();
    assertEquals(KEYS.get(name).get("publicBase64").textValue(), key.raw().base64());
    assertEquals(KEYS.get(name).get("keyid").textValue(), key.keyId());
  }
}
