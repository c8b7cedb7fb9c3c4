package dev.pedigree.ledger.testing;

import dev.pedigree.ledger.chain.ChainRecord;
import dev.pedigree.ledger.chain.IntegratedTime;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.intake.Records;
import dev.pedigree.ledger.intake.RejectedException;
import dev.pedigree.ledger.intake.Submission;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.rules.Accepted;
import dev.pedigree.ledger.rules.MemoryLedgerView;
import dev.pedigree.ledger.rules.Rules;
import dev.pedigree.ledger.statement.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole ledger in memory for tests: each submission goes the way the sequencer takes it (parse,
 * verify signatures, the rules at the next index, the leaf with {@code prev}), and is applied if
 * accepted. Entry {@code i} is integrated at {@code 2026-11-29T12:00:00Z} plus {@code i} seconds,
 * as in the golden ledger.
 *
 * <pre>{@code
 * TestLedger ledger = new TestLedger();
 * Ed25519PrivateKey a = TestKeys.of("acme-a");
 * String bound = ledger.append(Entries.bind("acme", a), a).id();
 * String base = ledger.append(Entries.release("acme/base", "1.0"), a).id();
 * RejectedException e = ledger.refuse(Entries.release("ACME/Base", "2.0"), a);
 * }</pre>
 */
public final class TestLedger {
  /** The integrated time of entry 0. */
  public static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

  /** An entry the ledger took. */
  public record Appended(String id, long index, Bytes leaf, Accepted accepted) {
    /** The RFC 6962 leaf hash, the next entry's {@code prev}. */
    public Bytes leafHash() {
      return Bytes.copyOf(Merkle.leafHash(leaf.toByteArray()));
    }
  }

  private final MemoryLedgerView view = new MemoryLedgerView();
  private final List<Appended> appended = new ArrayList<>();

  /** The integrated time of entry {@code index}: {@link #START} plus {@code index} seconds. */
  public static IntegratedTime time(long index) {
    return IntegratedTime.of(START.plusSeconds(index));
  }

  /**
   * Takes a submitted body as the ledger does, or refuses it and stays unchanged.
   *
   * @throws RejectedException with the refusal
   */
  public Appended submit(byte[] body) throws RejectedException {
    long index = size();
    Submission submission = Submission.parse(body);
    submission.verifySignatures(view.keyLookup());
    Accepted accepted = Rules.check(view, index, submission);
    byte[] leaf = Records.leafFor(submission, index, time(index), prevLeafHash());
    view.apply(accepted);
    Appended entry = new Appended(submission.id(), index, Bytes.copyOf(leaf), accepted);
    appended.add(entry);
    return entry;
  }

  /** Signs {@code statement} with {@code keys} and appends it; fails the test if refused. */
  public Appended append(Statement statement, Ed25519PrivateKey... keys) {
    return append(Envelopes.sign(statement, keys));
  }

  /** Appends a body; fails the test if refused. */
  public Appended append(byte[] body) {
    try {
      return submit(body);
    } catch (RejectedException e) {
      throw new AssertionError("refused at index " + size() + ": " + e, e);
    }
  }

  /** Signs and submits {@code statement}, expecting a refusal; fails the test if accepted. */
  public RejectedException refuse(Statement statement, Ed25519PrivateKey... keys) {
    return refuse(Envelopes.sign(statement, keys));
  }

  /** Submits a body expecting a refusal, which is returned; fails the test if accepted. */
  public RejectedException refuse(byte[] body) {
    try {
      Appended entry = submit(body);
      throw new AssertionError("accepted at index " + entry.index() + ", want a refusal");
    } catch (RejectedException e) {
      return e;
    }
  }

  /** The view of every entry appended, for the rules and {@code Affected}. */
  public MemoryLedgerView view() {
    return view;
  }

  public long size() {
    return appended.size();
  }

  /** The entries appended, in index order. */
  public List<Appended> entries() {
    return List.copyOf(appended);
  }

  /** The {@code prev} of the next entry. */
  public Bytes prevLeafHash() {
    return appended.isEmpty()
        ? ChainRecord.GENESIS_PREV
        : appended.get(appended.size() - 1).leafHash();
  }
}
