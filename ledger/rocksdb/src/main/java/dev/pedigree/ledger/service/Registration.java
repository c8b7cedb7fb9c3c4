package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Bytes;

/**
 * The answer to a submission (DESIGN A8 {@code POST /v1/entries}): 201 when {@code created}, 200
 * when the same payload was in the log already. {@code bundleJson} is the entry's bundle as compact
 * JSON text in UTF-8, for the answer to embed as it is.
 */
public record Registration(String id, long index, Bytes leafHash, Bytes bundleJson,
    boolean created) {}
