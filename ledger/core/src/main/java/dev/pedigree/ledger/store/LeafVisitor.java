package dev.pedigree.ledger.store;

import dev.pedigree.ledger.crypto.Bytes;

/** Receives leaves in index order from {@link Store#forEachLeaf}; may throw its own exception. */
@FunctionalInterface
public interface LeafVisitor<X extends Exception> {
  void visit(long index, Bytes leaf) throws X;
}
