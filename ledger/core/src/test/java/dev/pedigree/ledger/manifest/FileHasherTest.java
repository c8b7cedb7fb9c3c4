package dev.pedigree.ledger.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class FileHasherTest {
  @Test
  void alignedBuffer_directFullSizeAndStartsOnAPage() {
    for (int i = 0; i < 8; i++) {
      ByteBuffer b = FileHasher.alignedBuffer();
      assertTrue(b.isDirect());
      assertEquals(FileHasher.BUFFER_SIZE, b.capacity());
      assertEquals(FileHasher.BUFFER_SIZE, b.clear().limit());
      assertEquals(0, b.alignmentOffset(0, FileHasher.ALIGNMENT));
    }
  }
}
