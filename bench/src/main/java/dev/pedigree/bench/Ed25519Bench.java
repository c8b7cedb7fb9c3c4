package dev.pedigree.bench;

import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.crypto.SignatureVerificationException;
import dev.pedigree.ledger.json.JsonFormatException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ed25519 verifications per second of a DSSE signature over a ~1 KB statement: the strict
 * verifier of DESIGN A4 next to Bouncy Castle's raw (cofactored, lenient) verifier and the JDK's,
 * in the same run so that the ratio survives a noisy machine. The key is reused across calls, as
 * a log's signers' keys are.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class Ed25519Bench {
  private static final int SIGNATURES = 64;

  private Ed25519PublicKey strictKey;
  private byte[] rawKey;
  private Ed25519.PublicPoint bcPoint;
  private Signature jdkVerifier;
  private PublicKey jdkKey;
  private final byte[][] messages = new byte[SIGNATURES][];
  private final byte[][] signatures = new byte[SIGNATURES][];
  private int next;

  @Setup
  public void sign()
      throws JsonFormatException, KeyFormatException, GeneralSecurityException,
          SignatureVerificationException {
    byte[] seed = new byte[Ed25519PrivateKey.SEED_LENGTH];
    seed[0] = 42;
    Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(seed);
    strictKey = key.publicKey();
    rawKey = strictKey.raw().toByteArray();
    bcPoint = Ed25519.validatePublicKeyPartialExport(rawKey, 0);
    jdkKey =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(strictKey.spkiDer()));
    jdkVerifier = Signature.getInstance("Ed25519");
    byte[] statement = CanonicalHashBench.Statements.releaseOfAboutOneKb();
    for (int i = 0; i < SIGNATURES; i++) {
      // Different messages, so that each call has its own R and k.
      statement[statement.length - 3] = (byte) ('a' + (i % 26));
      statement[statement.length - 4] = (byte) ('a' + (i / 26));
      messages[i] = Dsse.pae("application/vnd.in-toto+json", statement);
      signatures[i] = key.sign(messages[i]);
      strictKey.verify(messages[i], signatures[i]);
      if (!bouncyCastle(i) || !jdk(i)) {
        throw new IllegalStateException("reference verifier refuses signature " + i);
      }
    }
  }

  private int nextSample() {
    next = (next + 1) & (SIGNATURES - 1);
    return next;
  }

  /** {@link Ed25519PublicKey#verify}: DESIGN A4, cofactorless, strict encodings. */
  @Benchmark
  public void strict() throws SignatureVerificationException {
    int i = nextSample();
    strictKey.verify(messages[i], signatures[i]);
  }

  /**
   * The strict verifier with a key parsed for this call only: the first verification with a key
   * builds its tables (about the cost of one verification), so this is the worst case.
   */
  @Benchmark
  public void strictNewKey() throws KeyFormatException, SignatureVerificationException {
    int i = nextSample();
    Ed25519PublicKey.fromRaw(rawKey).verify(messages[i], signatures[i]);
  }

  /** Bouncy Castle's verifier from the raw key bytes (decodes the key on every call). */
  @Benchmark
  public boolean bouncyCastleRaw() {
    return bouncyCastle(nextSample());
  }

  private boolean bouncyCastle(int i) {
    byte[] m = messages[i];
    return Ed25519.verify(signatures[i], 0, rawKey, 0, m, 0, m.length);
  }

  /** Bouncy Castle's verifier with the key decoded once, as the strict verifier holds it. */
  @Benchmark
  public boolean bouncyCastleRawDecodedKey() {
    int i = nextSample();
    byte[] m = messages[i];
    return Ed25519.verify(signatures[i], 0, bcPoint, m, 0, m.length);
  }

  /** The JDK's verifier (SunEC, cofactorless), for scale. */
  @Benchmark
  public boolean jdk() throws GeneralSecurityException {
    return jdk(nextSample());
  }

  private boolean jdk(int i) throws GeneralSecurityException {
    jdkVerifier.initVerify(jdkKey);
    jdkVerifier.update(messages[i]);
    return jdkVerifier.verify(signatures[i]);
  }
}
