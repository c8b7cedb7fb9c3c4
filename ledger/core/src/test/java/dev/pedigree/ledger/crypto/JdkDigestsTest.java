package dev.pedigree.ledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdkDigestsTest {
  @Test
  void newDigest_defaultProviders_isTheJdkDigestWithoutTheSunProvider() {
    assertEquals("PedigreeJdkDigests", Sha256.newDigest().getProvider().getName());
    assertEquals("PedigreeJdkDigests", JdkDigests.newDigest("SHA-512", 64).getProvider().getName());
  }

  @Test
  void newDigest_algorithmItDoesNotHold_isTheProviders() {
    assertNull(JdkDigests.digestOrNull("SHA-384", 48));
    MessageDigest digest = JdkDigests.newDigest("SHA-384", 48);
    assertEquals("SUN", digest.getProvider().getName());
    assertEquals(48, digest.getDigestLength());
  }

  @Test
  void digestOrNull_lengthNotTheClassOne_isNull() {
    assertNull(JdkDigests.digestOrNull("SHA-512", 32));
    assertNull(JdkDigests.digestOrNull("SHA-256", 64));
  }

  /** FIPS 180-2 appendix B and the NIST short-message examples. */
  @ParameterizedTest
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
        + " 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  })
  void sha256_knownAnswers(String message, String sha256) {
    MessageDigest digest = JdkDigests.digestOrNull("SHA-256", 32);
    assertNotNull(digest);
    assertEquals(sha256, Hex.encode(digest.digest(message.getBytes(StandardCharsets.US_ASCII))));
  }

  /** FIPS 180-2 appendix C and the NIST short-message examples. */
  @ParameterizedTest
  @CsvSource({
    "'', cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
        + "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e",
    "abc, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu,"
        + " 8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
        + "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
  })
  void sha512_knownAnswers(String message, String sha512) {
    MessageDigest digest = JdkDigests.digestOrNull("SHA-512", 64);
    assertNotNull(digest);
    assertEquals(sha512, Hex.encode(digest.digest(message.getBytes(StandardCharsets.US_ASCII))));
  }

  @ParameterizedTest
  @CsvSource({
    "SHA-256, 32, cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    "SHA-512, 64, e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
        + "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
  })
  void digest_millionAs_knownAnswer(String algorithm, int length, String want) {
    MessageDigest digest = JdkDigests.digestOrNull(algorithm, length);
    assertNotNull(digest);
    byte[] a = new byte[1000];
    Arrays.fill(a, (byte) 'a');
    for (int i = 0; i < 1000; i++) {
      digest.update(a);
    }
    assertEquals(want, Hex.encode(digest.digest()));
  }

  @ParameterizedTest
  @CsvSource({"SHA-256, 32", "SHA-512, 64"})
  void digest_agreesWithTheProviders_onRandomChunksArraysAndDirectBuffers(
      String algorithm, int length) throws Exception {
    Random random = new Random(6962);
    MessageDigest ours = JdkDigests.digestOrNull(algorithm, length);
    MessageDigest clone = (MessageDigest) ours.clone();
    MessageDigest theirs = MessageDigest.getInstance(algorithm);
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
        "SUN, 'SHA-512:SUN', false",
        "SUN, 'SHA-512:SunPKCS11-NSS-FIPS', false",
        "SunPKCS11-NSS-FIPS, null, false",
        "sun, null, false",
        "null, null, false",
      })
  void sunAnswersFirst_onlyWhenSunIsFirstAndNothingIsPreferred(
      String first, String preferred, boolean want) {
    assertEquals(want, JdkDigests.sunAnswersFirst(first, preferred));
  }
}
