package dev.pedigree.ledger.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.merkle.Merkle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  static byte[] resource(String path) throws IOException {
    try (InputStream in = ChainVerifierTest.class.getResourceAsStream("/testdata/" + path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      return in.readAllBytes();
    }
  }

  /** The golden export's lines, without their newline. */
  static List<byte[]> goldenLeaves() throws IOException {
    String text = new String(resource("golden/export.jsonl"), StandardCharsets.UTF_8);
    List<byte[]> leaves = new ArrayList<>();
    for (String line : text.split("\n")) {
      leaves.add(line.getBytes(StandardCharsets.UTF_8));
    }
    return leaves;
  }

  @Test
  void accept_goldenExport_linksAndGivesGoldenLeafHashesAndRoot() throws Exception {
    JsonNode expected = Json.mapper().readTree(resource("golden/expected.json"));
    ChainVerifier chain = ChainVerifier.fromGenesis();
    List<byte[]> hashes = new ArrayList<>();
    for (byte[] leaf : goldenLeaves()) {
      ChainRecord record = chain.accept(leaf);
      assertEquals(hashes.size(), record.index());
      assertArrayEquals(leaf, record.leafBytes(), "re-encoding must give the stored bytes");
      hashes.add(Merkle.leafHash(leaf));
      assertEquals(
          expected.get("entries").get((int) record.index()).get("leafHash").textValue(),
          chain.lastLeafHash().hex());
    }
    assertEquals(9, chain.next());
    assertEquals(expected.get("root").textValue(), Hex.encode(Merkle.root(hashes)));
  }

  @Test
  void accept_goldenLeafFiles_equalExportLines() throws Exception {
    List<byte[]> leaves = goldenLeaves();
    String[] names = {
      "00-key", "01-release", "02-derivation", "03-key", "04-modification", "05-key",
      "06-attestation", "07-revocation", "08-key"
    };
    for (int i = 0; i < names.length; i++) {
      assertArrayEquals(resource("golden/entries/" + names[i] + ".leaf.json"), leaves.get(i));
    }
  }

  @Test
  void accept_changedByte_locatesFirstBadIndex() throws Exception {
    List<byte[]> leaves = goldenLeaves();
    // Change one letter of the base64 signature of record 4: record 4 still parses and links,
    // but record 5's prev no longer names it.
    byte[] leaf = leaves.get(4);
    String text = new String(leaf, StandardCharsets.UTF_8);
    int sig = text.indexOf("\"sig\":\"") + 7;
    leaf[sig] = (byte) (leaf[sig] == 'A' ? 'B' : 'A');
    ChainVerifier chain = ChainVerifier.fromGenesis();
    for (int i = 0; i < 5; i++) {
      chain.accept(leaves.get(i));
    }
    ChainException e = assertThrows(ChainException.class, () -> chain.accept(leaves.get(5)));
    assertEquals(5, e.index());
  }

  @Test
  void accept_recordOutOfOrder_refusedNamingIndex() throws Exception {
    List<byte[]> leaves = goldenLeaves();
    ChainVerifier chain = ChainVerifier.fromGenesis();
    chain.accept(leaves.get(0));
    ChainException e = assertThrows(ChainException.class, () -> chain.accept(leaves.get(2)));
    assertEquals("record 1: record says index 2, want 1", e.getMessage());
  }

  @Test
  void parse_nonCanonicalLeaf_refused() throws Exception {
    byte[] leaf = goldenLeaves().get(0);
    byte[] spaced = (new String(leaf, StandardCharsets.UTF_8).replace("{\"envelope\"", "{ \"envelope\""))
        .getBytes(StandardCharsets.UTF_8);
    ChainException e = assertThrows(ChainException.class, () -> ChainRecord.parse(0, spaced));
    assertEquals(0, e.index());
  }

  @Test
  void integratedTime_onlyTheCanonicalFormParses() {
    assertEquals("2026-11-29T12:00:01.000Z", IntegratedTime.parse("2026-11-29T12:00:01.000Z").toString());
    for (String bad : new String[] {"2026-11-29T12:00:01Z", "2026-11-29T12:00:01.0000Z",
        "2026-11-29T12:00:01.000+00:00", "2026-02-30T12:00:01.000Z", "2026-11-29t12:00:01.000Z"}) {
      assertThrows(IllegalArgumentException.class, () -> IntegratedTime.parse(bad), bad);
    }
  }

  @Test
  void accept_integratedTimeBeforeThePrevious_refusedNamingIndex() throws Exception {
    // DESIGN A3: integratedTime never decreases along the log. Golden record 1 says 12:00:01.000Z.
    List<byte[]> leaves = goldenLeaves();
    ChainVerifier chain = ChainVerifier.after(
        1, Bytes.copyOf(Merkle.leafHash(leaves.get(0))),
        IntegratedTime.parse("2026-11-29T12:00:01.001Z"));
    ChainException e = assertThrows(ChainException.class, () -> chain.accept(leaves.get(1)));
    assertEquals("record 1: integratedTime 2026-11-29T12:00:01.000Z is before"
        + " 2026-11-29T12:00:01.001Z", e.getMessage());
  }

  @Test
  void accept_integratedTimeEqualToThePrevious_accepted() throws Exception {
    List<byte[]> leaves = goldenLeaves();
    ChainVerifier chain = ChainVerifier.after(
        1, Bytes.copyOf(Merkle.leafHash(leaves.get(0))),
        IntegratedTime.parse("2026-11-29T12:00:01.000Z"));
    assertEquals(1, chain.accept(leaves.get(1)).index());
  }
}
