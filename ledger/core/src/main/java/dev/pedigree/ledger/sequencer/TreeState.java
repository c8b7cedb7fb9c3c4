package dev.pedigree.ledger.sequencer;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.chain.IntegratedTime;
import java.util.Optional;

/**
 * What the sequencer keeps of the log between batches: the head, the stored-hash count the next
 * batch starts at, and the last leaf's hash and integrated time (the next {@code prev} and the floor
 * of the next time, DESIGN A3). Replaced only after a batch is durable.
 */
record TreeState(
    long size,
    long hashCount,
    Bytes root,
    String checkpoint,
    Bytes lastLeafHash,
    Optional<IntegratedTime> lastTime) {}
