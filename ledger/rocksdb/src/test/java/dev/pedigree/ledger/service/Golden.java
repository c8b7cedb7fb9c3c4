package dev.pedigree.ledger.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden ledger of the outside test vectors (testdata/golden), read from the core test jar's
 * resources (a jar or a directory, so by stream, never by path).
 */
final class Golden {
  static final int ENTRIES = 9;

  private Golden() {}

  static byte[] bytes(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/testdata/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("testdata/golden/" + name + " not on the test classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static JsonNode json(String name) throws IOException {
    return Json.mapper().readTree(bytes(name));
  }

  /** {@code entries/NN-kind}, the prefix of golden entry {@code index}'s files. */
  static String entry(int index) throws IOException {
    String kind = json("expected.json").get("entries").get(index).get("kind").textValue();
    return String.format("entries/%02d-%s", index, kind);
  }

  static byte[] envelope(int index) throws IOException {
    return bytes(entry(index) + ".envelope.json");
  }

  static byte[] leaf(int index) throws IOException {
    return bytes(entry(index) + ".leaf.json");
  }

  static String id(int index) throws IOException {
    return json("expected.json").get("entries").get(index).get("id").textValue();
  }
}
