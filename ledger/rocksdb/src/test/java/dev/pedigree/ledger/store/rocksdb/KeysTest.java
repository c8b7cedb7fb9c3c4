package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys written field by field are the layout's parts concatenated, byte for byte. */
class KeysTest {
  @ParameterizedTest
  @ValueSource(strings = {"acme/model-1", "a", "x.y_z-0/b", "caf\u00e9", "\ud83d\ude00/m", ""})
  void keys_anyText_equalTheConcatenatedParts(String text) {
    long[] indexes = {0, 1, 255, 256, 1L << 40, Long.MAX_VALUE};
    assertArrayEquals(Keys.concat((byte) 'v', Keys.ascii(text), (byte) 0, Keys.ascii("1.0")),
        Keys.modelVersion(text, "1.0"));
    assertArrayEquals(Keys.concat((byte) 'v', Keys.ascii("acme/m"), (byte) 0, Keys.ascii(text)),
        Keys.modelVersion("acme/m", text));
    assertArrayEquals(Keys.concat((byte) 's', Keys.ascii(text)), Keys.spelling(text));
    assertArrayEquals(Keys.concat(Keys.modelsPrefix(text), Keys.ascii("acme/m")),
        Keys.model(text, "acme/m"));
    assertArrayEquals(Keys.concat(Keys.modelsPrefix("acme"), Keys.ascii(text)),
        Keys.model("acme", text));
    for (long index : indexes) {
      assertArrayEquals(Keys.concat(Keys.versionsPrefix(text), index), Keys.version(text, index));
    }
  }

  @Test
  void keys_ofIdsAndIndexes_equalTheConcatenatedParts() {
    byte[] id = Fixtures.id(7).toByteArray();
    byte[] path = "dir/model.safetensors".getBytes(StandardCharsets.UTF_8);
    for (long index : new long[] {0, 1, 255, 256, 1L << 40, Long.MAX_VALUE}) {
      assertArrayEquals(Keys.concat(index), Keys.u64(index));
      assertArrayEquals(Keys.concat(Keys.signedByPrefix(Fixtures.id(7)), index),
          Keys.signedBy(id, index));
      assertArrayEquals(Keys.concat(id, index, path), Keys.idIndex(id, index, path));
      assertArrayEquals(Keys.concat(id, index), Keys.idIndex(id, index, Keys.EMPTY));
    }
  }
}
