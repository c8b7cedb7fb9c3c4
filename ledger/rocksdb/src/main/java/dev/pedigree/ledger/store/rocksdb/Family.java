package dev.pedigree.ledger.store.rocksdb;

import java.nio.charset.StandardCharsets;

/** The column families of DESIGN B4, and how each is read. */
enum Family {
  LEAVES("leaves", true, true),
  HASHES("hashes", true, false),
  IDS("ids", true, false),
  NAMES("names", true, false),
  NAMESPACES("namespaces", false, false),
  DIGESTS("digests", false, false),
  CHILDREN("children", false, false),
  TARGETS("targets", false, false),
  KEYS("keys", true, false),
  META("meta", true, false);

  private final String cfName;
  /** Point lookups dominate: a whole-key bloom filter saves a disk read per miss. */
  private final boolean pointLookups;
  /** JSON leaves compress well; hashes and ids are random bytes and would not. */
  private final boolean compressed;

  Family(String cfName, boolean pointLookups, boolean compressed) {
    this.cfName = cfName;
    this.pointLookups = pointLookups;
    this.compressed = compressed;
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

  boolean compressed() {
    return compressed;
  }
}
