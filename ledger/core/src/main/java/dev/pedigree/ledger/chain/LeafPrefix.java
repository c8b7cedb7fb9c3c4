package dev.pedigree.ledger.chain;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.merkle.Merkle;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The part of a record's leaf bytes that only its envelope decides, everything before the index
 * (DESIGN A3: the members go envelope, index, integratedTime, prev), written once and already
 * hashed: the RFC 6962 leaf hash of the whole leaf then only hashes the short rest. Lets the
 * envelope's base64 and most of the leaf hash be done before the entry has its place in the log,
 * off the single writer's thread.
 *
 * <p>Immutable once built (its digest is only ever cloned), so it may be built on one thread and
 * used on another.
 */
public final class LeafPrefix {
  private static final byte[] LEAF_HASH_PREFIX = {0x00}; // RFC 6962 §2.1: leaf hash input

  private final DsseEnvelope envelope;
  private final byte[] head;
  /** SHA-256 having taken 0x00 ‖ head; cloned, never updated. */
  private final MessageDigest hashed;

  private LeafPrefix(DsseEnvelope envelope, byte[] head, MessageDigest hashed) {
    this.envelope = envelope;
    this.head = head;
    this.hashed = hashed;
  }

  /** The prefix of every record of {@code envelope}. */
  public static LeafPrefix of(DsseEnvelope envelope) {
    byte[] head = LeafBytes.head(Objects.requireNonNull(envelope, "envelope"));
    MessageDigest digest = Sha256.newDigest();
    digest.update(LEAF_HASH_PREFIX);
    digest.update(head);
    return new LeafPrefix(envelope, head, digest);
  }

  /** The envelope whose prefix this is. */
  public DsseEnvelope envelope() {
    return envelope;
  }

  /**
   * The leaf bytes of the record of this envelope at {@code index}: equal to {@code new
   * ChainRecord(envelope(), index, integratedTime, prev).leafBytes()}.
   *
   * @throws IllegalArgumentException as {@link ChainRecord}'s constructor does
   */
  public byte[] leafBytes(long index, IntegratedTime integratedTime, Bytes prev) {
    return LeafBytes.finish(head, new ChainRecord(envelope, index, integratedTime, prev));
  }

  /**
   * The RFC 6962 leaf hash of {@code leaf}, as {@link Merkle#leafHash} computes it, hashing only
   * what follows this prefix.
   *
   * @throws IllegalArgumentException when {@code leaf} does not start with this prefix (it is not
   *     one of {@link #leafBytes})
   */
  public byte[] leafHash(byte[] leaf) {
    if (leaf.length < head.length || !Arrays.equals(leaf, 0, head.length, head, 0, head.length)) {
      throw new IllegalArgumentException("leaf of " + leaf.length + " bytes does not start with "
          + "the prefix of its envelope (" + head.length + " bytes)");
    }
    MessageDigest digest;
    try {
      digest = (MessageDigest) hashed.clone();
    } catch (CloneNotSupportedException e) {
      return Merkle.leafHash(leaf); // a provider whose digest cannot be cloned
    }
    digest.update(leaf, head.length, leaf.length - head.length);
    return digest.digest();
  }
}
