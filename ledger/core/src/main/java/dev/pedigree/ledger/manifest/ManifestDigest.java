package dev.pedigree.ledger.manifest;

import dev.pedigree.ledger.crypto.Sha256;
import java.security.MessageDigest;
import java.util.List;

/**
 * The manifest digest (DESIGN A4): SHA-256 over the concatenated raw 32-byte file digests in
 * manifest order, equal to what {@code model_signing digest} prints.
 */
public final class ManifestDigest {
  private ManifestDigest() {}

  /**
   * The digest of files already in manifest order.
   *
   * @param fileDigests the raw 32-byte SHA-256 of each file, in manifest order
   */
  public static byte[] of(List<byte[]> fileDigests) {
    MessageDigest digest = Sha256.newDigest();
    for (byte[] d : fileDigests) {
      if (d.length != Sha256.LENGTH) {
        throw new IllegalArgumentException("file digest of " + d.length + " bytes, want 32");
      }
      digest.update(d);
    }
    return digest.digest();
  }
}
