package dev.pedigree.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;

/**
 * The JDK's SHA-256 and SHA-512 digests, made without building the SUN provider, when the
 * configured providers would answer with those same digests anyway.
 *
 * <p>{@code MessageDigest.getInstance("SHA-256")} first instantiates the SUN provider: every one of
 * its services, and the JDK's table of several hundred object identifiers ({@code KnownOIDs}).
 * That took 0.02–0.03 s of CPU, a sixth of a one-file {@code pedigree hash}. The SUN provider's
 * entry for a digest only names a class, {@code sun.security.provider.SHA2$SHA256} for SHA-256 and
 * {@code sun.security.provider.SHA5$SHA512} for SHA-512, which {@link Provider.Service#newInstance}
 * loads and instantiates; a provider holding just those entries gets the same classes in the same
 * way, with public API only, and the same SHA instructions.
 */
final class JdkDigests extends Provider {
  /** What the SUN provider names as its SHA-256 (JDK 9 and later). */
  static final String SHA256_IMPLEMENTATION = "sun.security.provider.SHA2$SHA256";

  /** What the SUN provider names as its SHA-512 (JDK 9 and later). */
  static final String SHA512_IMPLEMENTATION = "sun.security.provider.SHA5$SHA512";

  private JdkDigests() {
    super(
        "PedigreeJdkDigests", "1", "The JDK's SHA-256 and SHA-512, as the SUN provider names them");
    putService(new Service(this, "MessageDigest", "SHA-256", SHA256_IMPLEMENTATION, null, null));
    putService(new Service(this, "MessageDigest", "SHA-512", SHA512_IMPLEMENTATION, null, null));
  }

  /**
   * A new digest of {@code algorithm}, whose digests are {@code length} bytes: the JDK's through
   * {@link #digestOrNull} when it can be had that way, else the one the providers answer with.
   */
  static MessageDigest newDigest(String algorithm, int length) {
    MessageDigest jdk = digestOrNull(algorithm, length);
    if (jdk != null) {
      return jdk;
    }
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + algorithm, e);
    }
  }

  /**
   * The JDK's digest of {@code algorithm} (SHA-256 or SHA-512) when the provider configuration
   * would choose the SUN provider's for {@code MessageDigest.getInstance(algorithm)} and it makes
   * digests of {@code length} bytes, else null (then the caller asks the providers). Decided from
   * the security properties as set at this moment; none of Pedigree's code adds a provider.
   */
  static MessageDigest digestOrNull(String algorithm, int length) {
    try {
      if (!sunAnswersFirst(
          Security.getProperty("security.provider.1"),
          Security.getProperty("jdk.security.provider.preferred"))) {
        return null;
      }
      MessageDigest digest = MessageDigest.getInstance(algorithm, new JdkDigests());
      return digest.getDigestLength() == length ? digest : null;
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      return null; // another runtime, whose SUN provider names another class, or a security manager
    }
  }

  /**
   * Whether the provider list answers SHA-256 and SHA-512 with the SUN provider's: it comes first
   * (it has both, so the providers after it are never asked) and no preference reorders the list
   * ({@code java.security}: {@code security.provider.1}, {@code jdk.security.provider.preferred}).
   */
  static boolean sunAnswersFirst(String firstProvider, String preferred) {
    if (preferred != null && !preferred.isBlank()) {
      return false;
    }
    if (firstProvider == null) {
      return false;
    }
    String first = firstProvider.strip();
    return first.equals("SUN") || first.equals("sun.security.provider.Sun");
  }
}
