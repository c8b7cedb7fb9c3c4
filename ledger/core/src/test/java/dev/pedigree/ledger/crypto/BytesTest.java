package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void hashCode_anyContent_theContentsHashEveryTime() {
    Random random = new Random(32);
    for (int length = 0; length < 70; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      Bytes bytes = Bytes.copyOf(data);
      int want = Arrays.hashCode(data);

      assertEquals(want, bytes.hashCode(), "length " + length);
      assertEquals(want, bytes.hashCode(), "length " + length + ", asked again");
      assertEquals(bytes, Bytes.copyOf(data));
      assertEquals(want, Bytes.copyOf(data).hashCode());
    }
  }

  @Test
  void hashCode_contentHashingToZero_stillItsHash() {
    // Arrays.hashCode of one byte b is 31 + b: zero for b = -31.
    Bytes zero = Bytes.copyOf(new byte[] {-31});

    assertEquals(0, zero.hashCode());
    assertEquals(0, zero.hashCode());
    assertNotEquals(zero, Bytes.copyOf(new byte[] {-30}));
  }

  @Test
  void toByteArray_changedCopy_leavesHashAndContent() {
    Bytes bytes = Bytes.copyOf(new byte[] {1, 2, 3});
    int hash = bytes.hashCode();
    bytes.toByteArray()[0] = 9;

    assertEquals(hash, bytes.hashCode());
    assertEquals(Bytes.copyOf(new byte[] {1, 2, 3}), bytes);
  }
}
