package dev.pedigree.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;

/**
 * The JDK's SHA-256 digest, made without building the SUN provider, when the configured providers
 * would answer with that same digest anyway.
 *
 * <p>{@code MessageDigest.getInstance("SHA-256")} first instantiates the SUN provider: every one of
 * its services, and the JDK's table of several hundred object identifiers ({@code KnownOIDs}).
 * That took 0.02–0.03 s of CPU, a sixth of a one-file {@code pedigree hash}. The SUN provider's
 * entry for SHA-256 only names a class, {@code sun.security.provider.SHA2$SHA256}, which {@link
 * Provider.Service#newInstance} loads and instantiates; a provider holding just that one entry
 * gets the same class in the same way, with public API only, and the same SHA instructions.
 */
final class JdkSha256 extends Provider {
  /** What the SUN provider names as its SHA-256 (JDK 9 and later). */
  static final String IMPLEMENTATION = "sun.security.provider.SHA2$SHA256";

  private JdkSha256() {
    super("PedigreeJdkSha256", "1", "The JDK's SHA-256, as the SUN provider names it");
    putService(new Service(this, "MessageDigest", "SHA-256", IMPLEMENTATION, null, null));
  }

  /**
   * The JDK's SHA-256 when the provider configuration would choose the SUN provider's for {@code
   * MessageDigest.getInstance("SHA-256")}, else null (then the caller asks the providers). Decided
   * from the security properties as set at this moment; none of Pedigree's code adds a provider.
   */
  static MessageDigest digestOrNull() {
    try {
      if (!sunAnswersFirst(
          Security.getProperty("security.provider.1"),
          Security.getProperty("jdk.security.provider.preferred"))) {
        return null;
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256", new JdkSha256());
      return digest.getDigestLength() == Sha256.LENGTH ? digest : null;
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      return null; // another runtime, whose SUN provider names another class, or a security manager
    }
  }

  /**
   * Whether the provider list answers SHA-256 with the SUN provider's: it comes first (it has
   * SHA-256, so the providers after it are never asked) and no preference reorders the list
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
