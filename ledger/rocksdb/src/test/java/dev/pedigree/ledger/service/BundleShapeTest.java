package dev.pedigree.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.KeyFiles;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleVerifier;
import dev.pedigree.ledger.verify.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundles {@link Ledger} builds over the golden ledger, checked member by member against
 * DESIGN A7: {@code keys} = the key entries of the signing namespace (the attester's for an
 * attestation) and of each included revocation's, {@code revocations} = the entry's, both in index
 * order; every proof a C2SP tlog-proof without an {@code extra} line, all embedding the same
 * checkpoint.
 */
class BundleShapeTest {
  /**
   * From the golden README: acme's key entries are 0, 3 and 8; evals' is 5; entry 7 revokes 2.
   * Index i holds {keys of entry i, revocations of entry i}.
   */
  private static final List<List<List<Integer>>> WANT =
      List.of(
          List.of(List.of(0, 3, 8), List.of()),
          List.of(List.of(0, 3, 8), List.of()),
          List.of(List.of(0, 3, 8), List.of(7)),
          List.of(List.of(0, 3, 8), List.of()),
          List.of(List.of(0, 3, 8), List.of()),
          List.of(List.of(5), List.of()),
          List.of(List.of(5), List.of()),
          List.of(List.of(0, 3, 8), List.of()),
          List.of(List.of(0, 3, 8), List.of()));

  @TempDir Path dir;
  private final List<byte[]> leaves = new ArrayList<>();

  @BeforeEach
  void replay() throws Exception {
    JsonNode keys = Golden.json("keys.json");
    KeyFiles.writePrivateKey(dir.resolve("log.key"),
        Ed25519PrivateKey.fromSeed(Hex.decode(keys.get("log").get("seedHex").textValue())), false);
    for (int i = 0; i < Golden.ENTRIES; i++) {
      leaves.add(Golden.leaf(i));
    }
  }

  @Test
  void bundle_everyGoldenEntry_keysAndRevocationsAsDesignA7() throws Exception {
    String checkpoint = Golden.text("checkpoint.txt");
    try (Ledger ledger = Ledger.open(GoldenReplayTest.config(dir))) {
      for (int i = 0; i < Golden.ENTRIES; i++) {
        ledger.submit(Golden.envelope(i)).join();
      }
      for (int i = 0; i < Golden.ENTRIES; i++) {
        JsonNode bundle = Json.mapper().readTree(ledger.bundle(Golden.id(i)).orElseThrow());
        String at = "bundle of entry " + i;
        assertEquals(Set.of("mediaType", "entry", "keys", "revocations"), names(bundle), at);
        assertEquals("application/vnd.pedigree.bundle.v1+json",
            bundle.get("mediaType").textValue(), at);
        assertItem(bundle.get("entry"), i, checkpoint, at);
        assertItems(bundle.get("keys"), WANT.get(i).get(0), checkpoint, at + ", keys");
        assertItems(bundle.get("revocations"), WANT.get(i).get(1), checkpoint,
            at + ", revocations");
      }
    }
  }

  @Test
  void bundle_goldenAttestation_verifiesWithTheAttestersKeys() throws Exception {
    try (Ledger ledger = Ledger.open(GoldenReplayTest.config(dir))) {
      for (int i = 0; i < Golden.ENTRIES; i++) {
        ledger.submit(Golden.envelope(i)).join();
      }
      Bundle bundle = Bundle.parse(
          ledger.bundle(Golden.id(6)).orElseThrow().getBytes(StandardCharsets.UTF_8));

      Report report = BundleVerifier.verify(bundle, TrustPolicy.parse(Golden.text("log.vkey")),
          Optional.empty(), BundleVerifier.Options.defaults());

      assertTrue(report.ok(), report.toString());
    }
  }

  private void assertItems(JsonNode items, List<Integer> want, String checkpoint, String at)
      throws Exception {
    assertTrue(items.isArray(), at);
    assertEquals(want.size(), items.size(), at + ": " + items);
    for (int k = 0; k < want.size(); k++) {
      assertItem(items.get(k), want.get(k), checkpoint, at + "[" + k + "]");
    }
  }

  /** {"leaf", "proof"}: the exact leaf bytes, a tlog-proof of that index over the checkpoint. */
  private void assertItem(JsonNode item, int index, String checkpoint, String at) {
    assertEquals(Set.of("leaf", "proof"), names(item), at);
    assertArrayEquals(leaves.get(index),
        Base64.getDecoder().decode(item.get("leaf").textValue()), at);
    String proof = item.get("proof").textValue();
    assertTrue(proof.startsWith("c2sp.org/tlog-proof@v1\nindex " + index + "\n"), at + ": "
        + proof);
    assertTrue(proof.endsWith("\n\n" + checkpoint), at + ": " + proof);
    String hashes = proof.substring(
        ("c2sp.org/tlog-proof@v1\nindex " + index + "\n").length(),
        proof.length() - checkpoint.length() - 1);
    for (String line : hashes.split("\n", -1)) {
      if (!line.isEmpty()) {
        assertEquals(32, Base64.getDecoder().decode(line).length, at + ": " + line);
        assertEquals(44, line.length(), at + ": " + line);
      }
    }
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
