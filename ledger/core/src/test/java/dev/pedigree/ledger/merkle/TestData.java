package dev.pedigree.ledger.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The outside vectors under testdata/, and the 8-leaf Certificate Transparency test tree. */
final class TestData {
  /** Leaf data of the CT test tree, as listed in testdata/README.md. */
  static final List<String> CT_LEAVES_HEX =
      List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private TestData() {}

  static Path dir(String name) {
    try {
      return Path.of(TestData.class.getResource("/testdata/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every JSON file under testdata/rfc6962/{kind}, sorted by path. */
  static List<Path> rfc6962Cases(String kind) {
    Path root = dir("rfc6962/" + kind);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String caseName(Path file) {
    return dir("rfc6962").relativize(file).toString();
  }

  static JsonNode json(Path file) throws IOException {
    return Json.mapper().readTree(Files.readAllBytes(file));
  }

  /** A JSON integer read as unsigned 64-bit (some vectors use 2^64 − 1). */
  static long unsigned(JsonNode node) {
    BigInteger value = node.bigIntegerValue();
    if (!node.isIntegralNumber() || value.signum() < 0 || value.compareTo(TWO_TO_64) >= 0) {
      throw new IllegalArgumentException("not an unsigned 64-bit integer: " + node);
    }
    return value.longValue();
  }

  static byte[] base64(JsonNode node) {
    return Base64.getDecoder().decode(node.asText());
  }

  /** A list of base64 hashes; JSON null (Go's nil slice) is the empty proof. */
  static List<byte[]> base64List(JsonNode node) {
    List<byte[]> hashes = new ArrayList<>();
    if (node != null && !node.isNull()) {
      node.forEach(h -> hashes.add(base64(h)));
    }
    return hashes;
  }

  /** One lowercase hex hash per line. */
  static List<byte[]> hexLines(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(line -> Hex.decode(line, 32)).toList();
  }

  static List<byte[]> ctLeafHashes(int size) {
    return CT_LEAVES_HEX.subList(0, size).stream()
        .map(hex -> Merkle.leafHash(HexFormat.of().parseHex(hex)))
        .toList();
  }
}
