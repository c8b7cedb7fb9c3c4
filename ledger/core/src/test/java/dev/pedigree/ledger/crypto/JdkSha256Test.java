package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdkSha256Test {
  @Test
  void newDigest_defaultProviders_isTheJdkDigestWithoutTheSunProvider() {
    assertEquals("PedigreeJdkSha256", Sha256.newDigest().getProvider().getName());
  }

  /** FIPS 180-2 appendix B and the NIST short-message examples. */
  @ParameterizedTest
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
        + " 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  })
  void digest_knownAnswers(String message, String sha256) {
    MessageDigest digest = JdkSha256.digestOrNull();
    assertNotNull(digest);
    assertEquals(sha256, Hex.encode(digest.digest(message.getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void digest_millionAs_knownAnswer() {
    MessageDigest digest = JdkSha256.digestOrNull();
    assertNotNull(digest);
    byte[] a = new byte[1000];
    Arrays.fill(a, (byte) 'a');
    for (int i = 0; i < 1000; i++) {
      digest.update(a);
    }
    assertEquals(
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
        Hex.encode(digest.digest()));
  }

  @Test
  void digest_agreesWithTheProviders_onRandomChunksArraysAndDirectBuffers() throws Exception {
    Random random = new Random(6962);
    MessageDigest ours = JdkSha256.digestOrNull();
    MessageDigest clone = (MessageDigest) ours.clone();
    MessageDigest theirs = MessageDigest.getInstance("SHA-256");
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(20_000)];
      random.nextBytes(bytes);
      int cut = random.nextInt(bytes.length + 1);
      ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length - cut);
      direct.put(bytes, cut, bytes.length - cut).flip();
      ours.update(bytes, 0, cut);
      ours.update(direct.duplicate());
      clone.update(bytes);
      theirs.update(bytes);
      byte[] want = theirs.digest();
      assertArrayEquals(want, ours.digest());
      assertArrayEquals(want, clone.digest());
    }
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "SUN, null, true",
        "' SUN ', '', true",
        "sun.security.provider.Sun, ' ', true",
        "SUN, 'SHA-256:SUN', false",
        "SUN, 'SHA-256:SunPKCS11-NSS-FIPS', false",
        "SunPKCS11-NSS-FIPS, null, false",
        "sun, null, false",
        "null, null, false",
      })
  void sunAnswersFirst_onlyWhenSunIsFirstAndNothingIsPreferred(
      String first, String preferred, boolean want) {
    assertEquals(want, JdkSha256.sunAnswersFirst(first, preferred));
  }
}
