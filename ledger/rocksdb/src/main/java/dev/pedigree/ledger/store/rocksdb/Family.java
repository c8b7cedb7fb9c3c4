package dev.pedigree.ledger.store.rocksdb;

import java.nio.charset.StandardCharsets;

/** The column families of DESIGN B4, and how each is read. */
enum Family {
  LEAVES("leaves", true, false, true, false),
  HASHES("hashes", true, false, false, false),
  IDS("ids", true, true, false, true),
  NAMES("names", true, true, false, false),
  NAMESPACES("namespaces", false, false, false, false),
  DIGESTS("digests", false, false, false, true),
  CHILDREN("children", false, false, false, false),
  TARGETS("targets", false, false, false, false),
  KEYS("keys", true, false, false, false),
  META("meta", true, false, false, false);

  /** The length of the digest that starts every key of a {@link #hashedByDigest} family. */
  static final int DIGEST_PREFIX = 32;

  private final String cfName;
  /** Point lookups dominate: a whole-key bloom filter saves a disk read per miss. */
  private final boolean pointLookups;
  /**
   * Most lookups miss: every submission asks whether its id, its name and its name@version are
   * new, and the writer's checks ask again. A bloom filter over the memtable answers a miss
   * without searching it, which costs more than anything else in such a lookup.
   */
  private final boolean mostlyMisses;
  /** JSON leaves compress well; hashes and ids are random bytes and would not. */
  private final boolean compressed;
  /**
   * Every key starts with a random 32-byte digest (an entry id, a file's SHA-256), and every read
   * names one: a point lookup, or a scan of the keys under one digest. Such keys land anywhere in
   * a sorted memtable, and inserting one cost a search of the whole skip list, cache misses at
   * every level: the largest part of the single writer's time. A memtable hashed by that digest
   * inserts in a bucket instead; the sort moves to the flush, off the writer's thread.
   */
  private final boolean hashedByDigest;

  Family(String cfName, boolean pointLookups, boolean mostlyMisses, boolean compressed,
      boolean hashedByDigest) {
    this.cfName = cfName;
    this.pointLookups = pointLookups;
    this.mostlyMisses = mostlyMisses;
    this.compressed = compressed;
    this.hashedByDigest = hashedByDigest;
  }

  byte[] cfName() {
    return cfName.getBytes(StandardCharsets.US_ASCII);
  }

  String displayName() {
    return cfName;
  }

  boolean pointLookups() {
    return pointLookups;
  }

  boolean mostlyMisses() {
    return mostlyMisses;
  }

  boolean compressed() {
    return compressed;
  }

  boolean hashedByDigest() {
    return hashedByDigest;
  }
}
