package dev.pedigree.ledger.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden ledger of {@code testdata/golden/} (written by an independent client): its nine
 * entries with the expected ids and leaf hashes, and its TEST-ONLY keys.
 */
public final class Golden {
  /** One golden entry: what {@code expected.json} says, and its files' bytes. */
  public record Entry(
      int index,
      String kind,
      String id,
      String leafHash,
      Bytes statement,
      Bytes envelope,
      Bytes leaf) {}

  private Golden() {}

  /** The nine entries in index order. */
  public static List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : expected().get("entries")) {
      int index = e.get("index").intValue();
      String kind = e.get("kind").textValue();
      String base = String.format("golden/entries/%02d-%s", index, kind);
      entries.add(
          new Entry(
              index,
              kind,
              e.get("id").textValue(),
              e.get("leafHash").textValue(),
              Bytes.copyOf(bytes(base + ".statement.json")),
              Bytes.copyOf(bytes(base + ".envelope.json")),
              Bytes.copyOf(bytes(base + ".leaf.json"))));
    }
    return entries;
  }

  /** {@code expected.json}. */
  public static JsonNode expected() {
    return json("golden/expected.json");
  }

  /** A golden key by its {@code keys.json} name: {@code acme-A}, {@code acme-B}, {@code evals-E}. */
  public static Ed25519PrivateKey key(String name) {
    String seed = json("golden/keys.json").get(name).get("seedHex").textValue();
    try {
      return Ed25519PrivateKey.fromSeed(Hex.decode(seed));
    } catch (KeyFormatException e) {
      throw new AssertionError(e);
    }
  }

  /** The bytes of {@code testdata/<path>} on the test class path. */
  public static byte[] bytes(String path) {
    try (InputStream in = Golden.class.getResourceAsStream("/testdata/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource testdata/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String path) {
    try {
      return Json.mapper().readTree(bytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
