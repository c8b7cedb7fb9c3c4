package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @Test
  void pae_emptyTypeAndPayload_zeroLengths() {
    assertArrayEquals(
        "DSSEv1 0  0 ".getBytes(StandardCharsets.US_ASCII), Dsse.pae("", new byte[0]));
  }

  /** Lengths at every change in their number of digits, each written out by hand. */
  @ParameterizedTest
  @CsvSource({
    "1, 9, 'DSSEv1 1 t 9 '",
    "9, 10, 'DSSEv1 9 ttttttttt 10 '",
    "10, 99, 'DSSEv1 10 tttttttttt 99 '",
    "0, 100, 'DSSEv1 0  100 '",
    "0, 999, 'DSSEv1 0  999 '",
    "0, 1000, 'DSSEv1 0  1000 '",
    "0, 65535, 'DSSEv1 0  65535 '",
    "0, 100000, 'DSSEv1 0  100000 '",
  })
  void pae_lengthsOfEveryNumberOfDigits_headerThenPayload(
      int typeLength, int payloadLength, String header) {
    byte[] payload = new byte[payloadLength];
    Arrays.fill(payload, (byte) 'p');
    byte[] want =
        Arrays.copyOf(header.getBytes(StandardCharsets.US_ASCII), header.length() + payloadLength);
    System.arraycopy(payload, 0, want, header.length(), payloadLength);
    assertArrayEquals(want, Dsse.pae("t".repeat(typeLength), payload));
  }
}
