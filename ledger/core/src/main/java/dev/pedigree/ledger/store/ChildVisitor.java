package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/**
 * Receives children from {@link Store#forEachChild}: the position of the parent in the list asked
 * for, then the child's index and id; returns false to stop the scan.
 */
@FunctionalInterface
public interface ChildVisitor<X extends Exception> {
  boolean visit(int parent, long index, Bytes childId) throws X;
}
