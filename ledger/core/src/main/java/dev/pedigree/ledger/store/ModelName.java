package dev.pedigree.ledger.store;

/**
 * A model entry's name and version: the name as spelled in the entry, its folded form (the key of
 * uniqueness, DESIGN A5 "Names") and the version, compared exactly.
 */
public record ModelName(String spelling, String folded, String version) {
  public ModelName {
    Checks.token("model name", spelling, 193);
    Checks.token("folded model name", folded, 193);
    Checks.token("version", version, 64);
    if (spelling.length() != folded.length()) {
      throw new IllegalArgumentException("folded name " + folded + " is not the same length as "
          + spelling + " (folding maps characters one for one)");
    }
  }
}
