package dev.pedigree.ledger.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads test resources (the outside vectors under testdata/ and the project's fixtures/). */
final class CryptoFixtures {
  private CryptoFixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = CryptoFixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String path) {
    try {
      return Json.mapper().readTree(bytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A' = A + T, the public key of {@code seed} plus the point of order 8 encoded as {@code
   * torsionHex}: a key with a torsion component, which no seed makes but fromRaw accepts.
   */
  static byte[] mixedOrderKey(byte[] seed, String torsionHex) throws KeyFormatException {
    byte[] honest = Ed25519PrivateKey.fromSeed(seed).publicKey().raw().toByteArray();
    Ed25519Point a = Ed25519Point.decode(honest, 0);
    a.add(Ed25519Point.decode(Hex.decode(torsionHex), 0).cached(), false,
        new Ed25519Point.Scratch());
    byte[] mixed = new byte[32];
    a.encode(mixed, 0);
    return mixed;
  }
}
