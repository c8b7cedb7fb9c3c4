package dev.pedigree.ledger.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The outside test vectors under {@code testdata/}, read from disk. */
final class Golden {
  static final String RELEASE = "01-release";
  static final String DERIVATION = "02-derivation";
  static final String KEY_BIND = "00-key";
  static final String KEY_ADD = "03-key";
  static final String MODIFICATION = "04-modification";
  static final String ATTESTATION = "06-attestation";
  static final String REVOCATION = "07-revocation";
  static final String KEY_REMOVE = "08-key";

  private Golden() {}

  static Path path(String resource) {
    try {
      return Path.of(Golden.class.getResource("/testdata/" + resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String resource) {
    try {
      return Files.readAllBytes(path(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String resource) {
    try {
      return Json.mapper().readTree(bytes(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload bytes of golden entry {@code name}, e.g. {@code 01-release}. */
  static byte[] payload(String name) {
    return bytes("golden/entries/" + name + ".statement.json");
  }

  /** A fresh, mutable tree of golden entry {@code name}'s statement. */
  static ObjectNode statement(String name) {
    return (ObjectNode) json("golden/entries/" + name + ".statement.json");
  }

  /** The id of golden entry {@code index}, from {@code golden/expected.json}. */
  static String id(int index) {
    return json("golden/expected.json").get("entries").get(index).get("id").textValue();
  }
}
