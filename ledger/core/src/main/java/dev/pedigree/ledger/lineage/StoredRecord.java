package dev.pedigree.ledger.lineage;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.statement.Statement;

/** An entry read back from the store: its leaf, the record the leaf holds and its statement. */
public record StoredRecord(long index, String id, Bytes leaf, ChainRecord record, Statement statement) {}
