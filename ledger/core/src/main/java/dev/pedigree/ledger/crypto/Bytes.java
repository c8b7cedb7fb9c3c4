package dev.pedigree.ledger.crypto;

import java.util.Arrays;

/**
 * An immutable byte string: copies in, copies out, compares by content. Records hold this instead
 * of a raw {@code byte[]}, which they would compare by reference and leak mutable.
 */
public final class Bytes implements Comparable<Bytes> {
  private final byte[] data;
  /** The content's hash once computed, 0 before (as {@link String} keeps its own). */
  private int hash;

  private Bytes(byte[] data) {
    this.data = data;
  }

  public static Bytes copyOf(byte[] data) {
    return new Bytes(data.clone());
  }

  public static Bytes fromHex(String hex) {
    return new Bytes(Hex.decode(hex));
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return data.clone();
  }

  public int length() {
    return data.length;
  }

  public byte get(int i) {
    return data[i];
  }

  public String hex() {
    return Hex.encode(data);
  }

  public String base64() {
    return CanonicalBase64.encode(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    // A benign race: every thread computes the same value from the immutable content.
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(data);
      hash = h;
    }
    return h;
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(data, other.data);
  }

  @Override
  public String toString() {
    return hex();
  }
}
