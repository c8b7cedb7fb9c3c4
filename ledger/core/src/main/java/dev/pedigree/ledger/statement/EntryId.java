package dev.pedigree.ledger.statement;

/** An entry id: lowercase hex SHA-256 of the entry's payload bytes (DESIGN A4). */
public record EntryId(String hex) implements Comparable<EntryId> {
  public EntryId {
    String h = hex;
    Invariant.require(() -> Digest.check(h));
  }

  public static EntryId of(String hex) throws StatementException {
    Digest.check(hex);
    return new EntryId(hex);
  }

  @Override
  public int compareTo(EntryId other) {
    return hex.compareTo(other.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
