package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.manifest.ManifestDiff.FileCheck;
import dev.pedigree.ledger.manifest.ManifestDiff.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestDiffTest {
  @TempDir Path tmp;
  Path model;
  Map<String, Bytes> expected;

  @BeforeEach
  void copyModel() throws Exception {
    model = ModelDirectoryTest.copyTree(ModelDirectoryTest.OMS_MODEL, tmp.resolve("model"));
    expected = new LinkedHashMap<>();
    for (ManifestFile f : ModelDirectory.hash(ModelDirectoryTest.OMS_MODEL, HashOptions.defaults()).files()) {
      expected.put(f.path(), f.sha256());
    }
  }

  @Test
  void of_unchanged_allOk() throws Exception {
    ManifestDiff diff = ManifestDiff.of(expected, model, HashOptions.defaults());
    assertTrue(diff.matches());
    assertEquals(7, diff.files().size());
    assertEquals(List.of(), diff.problems());
  }

  @Test
  void of_oneByteChanged_modified() throws Exception {
    byte[] b = Files.readAllBytes(model.resolve("model.safetensors"));
    b[0] ^= 1;
    Files.write(model.resolve("model.safetensors"), b);
    ManifestDiff diff = ManifestDiff.of(expected, model, HashOptions.defaults());
    assertFalse(diff.matches());
    FileCheck only = single(diff);
    assertEquals("model.safetensors", only.path());
    assertEquals(Status.MODIFIED, only.status());
    assertEquals(Optional.of(expected.get("model.safetensors")), only.expected());
    assertEquals(true, only.actual().isPresent());
  }

  @Test
  void of_fileRemoved_missing() throws Exception {
    Files.delete(model.resolve("tokenizer/vocab.json"));
    FileCheck only = single(ManifestDiff.of(expected, model, HashOptions.defaults()));
    assertEquals(
        new FileCheck("tokenizer/vocab.json", Status.MISSING,
            Optional.of(expected.get("tokenizer/vocab.json")), Optional.empty()),
        only);
  }

  @Test
  void of_fileAdded_unexpected() throws Exception {
    Files.writeString(model.resolve("a/extra.bin"), "");
    FileCheck only = single(ManifestDiff.of(expected, model, HashOptions.defaults()));
    assertEquals(
        new FileCheck("a/extra.bin", Status.UNEXPECTED, Optional.empty(),
            Optional.of(Bytes.fromHex(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))),
        only);
  }

  @Test
  void of_everyKind_inManifestOrder() throws Exception {
    Files.delete(model.resolve("a.txt"));
    Files.writeString(model.resolve("tokenizer/extra"), "x");
    Files.writeString(model.resolve("a/x"), "changed");
    List<String> got =
        ManifestDiff.of(expected, model, HashOptions.defaults()).problems().stream()
            .map(c -> c.status() + " " + c.path())
            .toList();
    assertEquals(List.of("MODIFIED a/x", "MISSING a.txt", "UNEXPECTED tokenizer/extra"), got);
  }

  private static FileCheck single(ManifestDiff diff) {
    assertEquals(1, diff.problems().size(), diff.problems().toString());
    return diff.problems().get(0);
  }
}
