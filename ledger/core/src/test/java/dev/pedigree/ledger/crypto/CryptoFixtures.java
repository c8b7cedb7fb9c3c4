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
}
