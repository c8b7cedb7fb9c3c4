package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.store.Head;

/**
 * A submission the log holds durably: its id, index, leaf bytes exactly as stored and leaf hash;
 * {@code created} is false when the same payload was in the log already (DESIGN A4: a retry returns
 * the existing entry). {@code head} is the tree of the batch that answered it, which holds the
 * entry: every answer of one batch is proved against the same checkpoint.
 */
public record Appended(
    String id, long index, Bytes leaf, Bytes leafHash, boolean created, Head head) {}
