package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestOrderTest {
  @Test
  void sort_segmentBySegment_asOms() {
    // The order of testdata/oms/expected.json, computed by OMS itself.
    List<String> want =
        List.of("a/x", "a-b/x", "a.txt", "config.json", "model.safetensors",
            "tokenizer/vocab.json", "tokenizer.json");
    List<String> paths = new ArrayList<>(want);
    java.util.Collections.reverse(paths);
    paths.sort(ManifestOrder.PATHS);
    assertEquals(want, paths);
  }

  @Test
  void compare_properPrefixFirst() {
    assertEquals(-1, Integer.signum(ManifestOrder.compare("a/b", "a/b/c")));
    assertEquals(1, Integer.signum(ManifestOrder.compare("é", "z")));
  }
}
