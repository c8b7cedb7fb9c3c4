package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DsseTest {
  @Test
  void pae_helloWorld_matchesSpecification() {
    byte[] want = CryptoFixtures.bytes("testdata/dsse/pae-helloworld.bin");
    byte[] got =
        Dsse.pae("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(want, got);
  }

  @Test
  void pae_lengthsInBytes_notCharacters() {
    byte[] got = Dsse.pae("é", new byte[] {0, (byte) 0xff});
    byte[] want = {'D', 'S', 'S', 'E', 'v', '1', ' ', '2', ' ', (byte) 0xc3, (byte) 0xa9, ' ', '2',
        ' ', 0, (byte) 0xff};
    assertArrayEquals(want, got);
  }
}
