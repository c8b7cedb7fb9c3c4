package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {
  static ManifestFile file(String path) {
    return new ManifestFile(path, 1, Bytes.copyOf(Sha256.hash(path.getBytes())));
  }

  @Test
  void of_sortsInManifestOrder() {
    Manifest m = Manifest.of(List.of(file("tokenizer.json"), file("tokenizer/vocab.json")));
    assertEquals(List.of(file("tokenizer/vocab.json"), file("tokenizer.json")), m.files());
  }

  @Test
  void of_repeatedPath_refused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Manifest.of(List.of(file("a"), file("a"))));
    assertEquals("files not in strict manifest order: a before a", e.getMessage());
  }

  @Test
  void constructor_wrongDigest_refused() {
    Bytes zero = Bytes.copyOf(new byte[32]);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Manifest(List.of(file("a")), zero));
    assertEquals(true, e.getMessage().startsWith("manifest digest " + zero.hex() + " does not match"));
  }

  @Test
  void manifestFile_shortDigest_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ManifestFile("a", 0, Bytes.copyOf(new byte[31])));
    assertEquals("sha256 of 31 bytes for a, want 32", e.getMessage());
  }
}
