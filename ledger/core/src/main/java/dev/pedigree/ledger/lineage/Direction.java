package dev.pedigree.ledger.lineage;

/** Which way a lineage query walks the DAG of entries (DESIGN A8 {@code direction}). */
public enum Direction {
  ANCESTORS,
  DESCENDANTS,
  BOTH
}
