package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.chain.ChainException;
import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import java.util.Map;

/**
 * What an audit worker made of one leaf without any ledger state: its leaf hash, its record (or why
 * it does not parse), its submission (or why the log would refuse it on its own), and each
 * signature checked against the key its keyid named when the worker ran. Exactly one of {@code
 * chainError}, {@code rejection} and {@code submission} is set, in that order of precedence.
 *
 * @param signatures by keyid, the signatures the worker could check; a keyid absent here named no
 *     key the worker knew, and is checked in order
 */
record PreparedLeaf(
    long index,
    Bytes leafHash,
    ChainRecord record,
    ChainException chainError,
    Submission submission,
    RejectedException rejection,
    Map<String, Checked> signatures) {

  /** One signature verified (failure null) or not (failure says why) under {@code key}. */
  record Checked(Ed25519PublicKey key, String failure) {}
}
