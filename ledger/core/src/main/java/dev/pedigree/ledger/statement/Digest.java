package dev.pedigree.ledger.statement;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Hex;
import dev.pedigree.ledger.crypto.Sha256;

/** A SHA-256 digest as JSON carries it: 64 lowercase hex digits (DESIGN A1). */
public record Digest(String hex) implements Comparable<Digest> {
  public Digest {
    String h = hex;
    Invariant.require(() -> check(h));
  }

  public static Digest of(String hex) throws StatementException {
    return Invariant.build(() -> new Digest(hex));
  }

  /** The digest of 32 raw bytes. */
  public static Digest of(Bytes raw) {
    if (raw.length() != Sha256.LENGTH) {
      throw new IllegalArgumentException("digest of " + raw.length() + " bytes, want 32");
    }
    return new Digest(raw.hex());
  }

  static void check(String hex) throws StatementException {
    if (!Hex.isLowerHex(hex, Sha256.LENGTH)) {
      throw new StatementException(
          "", "got " + Quote.of(hex) + ", want 64 lowercase hex digits");
    }
  }

  /** The 32 raw bytes. */
  public Bytes bytes() {
    return Bytes.fromHex(hex);
  }

  @Override
  public int compareTo(Digest other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
