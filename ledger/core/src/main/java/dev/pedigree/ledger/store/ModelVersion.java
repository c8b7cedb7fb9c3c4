package dev.pedigree.ledger.store;

/** One registered version of a model: the entry's index and the version string. */
public record ModelVersion(long index, String version) {
  public ModelVersion {
    Checks.index("entry index", index);
    Checks.token("version", version, 64);
  }
}
