package dev.pedigree.ledger.store.rocksdb;

import java.nio.charset.StandardCharsets;

/** The column families of DESIGN B4, and how each is read. */
enum Family {
  LEAVES("leaves", true, false, true),
  HASHES("hashes", true, false, false),
  IDS("ids", true, true, false),
  NAMES("names", true, true, false),
  NAMESPACES("namespaces", false, false, false),
  DIGESTS("digests", false, false, false),
  CHILDREN("children", false, false, false),
  TARGETS("targets", false, false, false),
  KEYS("keys", true, false, false),
  META("meta", true, false, false);

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

  Family(String cfName, boolean pointLookups, boolean mostlyMisses, boolean compressed) {
    this.cfName = cfName;
    this.pointLookups = pointLookups;
    this.mostlyMisses = mostlyMisses;
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

  boolean mostlyMisses() {
    return mostlyMisses;
  }

  boolean compressed() {
    return compressed;
  }
}
