package dev.pedigree.ledger.intake;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.DsseVerificationException;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.statement.KeyChange;
import dev.pedigree.ledger.statement.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A submitted DSSE envelope whose statement obeys every rule that needs no ledger state (DESIGN
 * A1, A3, A4, A5). {@code id} is the entry id: lowercase hex SHA-256 of the payload bytes.
 *
 * <p>A value like a record (equal when its parts are), but not one: a record's constructor would
 * hash the payload again to check the id that {@link #parse} has just computed from it.
 */
public final class Submission {
  private final DsseEnvelope envelope;
  private final Statement statement;
  private final String id;

  /**
   * A submission of these parts, checked against each other.
   *
   * @throws IllegalArgumentException when {@code payload} is not the envelope's, or {@code id} is
   *     not its SHA-256
   */
  public Submission(DsseEnvelope envelope, Bytes payload, Statement statement, String id) {
    this(envelope, statement, id);
    if (!envelope.payload().equals(payload)) {
      throw new IllegalArgumentException("payload differs from the envelope's payload");
    }
    String want = Sha256.hex(payload.toByteArray());
    if (!want.equals(id)) {
      throw new IllegalArgumentException("id " + id + " is not the payload's SHA-256 " + want);
    }
  }

  private Submission(DsseEnvelope envelope, Statement statement, String id) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.statement = Objects.requireNonNull(statement, "statement");
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The normalised envelope as submitted. */
  public DsseEnvelope envelope() {
    return envelope;
  }

  /** The envelope's payload: the statement's canonical bytes. */
  public Bytes payload() {
    return envelope.payload();
  }

  public Statement statement() {
    return statement;
  }

  /** The entry id: lowercase hex SHA-256 of the payload. */
  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Submission other
        && envelope.equals(other.envelope)
        && statement.equals(other.statement)
        && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(envelope, statement, id);
  }

  @Override
  public String toString() {
    return "Submission[id=" + id + ", envelope=" + envelope + ", statement=" + statement + "]";
  }

  /**
   * Parses and checks a submitted body: a DSSE envelope in JSON (any member order, unknown members
   * dropped), the in-toto payload type, a payload in canonical JSON, a valid statement. Pure: no
   * state, no signature checked (see {@link #verifySignatures}).
   *
   * @throws RejectedException with the first problem found
   */
  public static Submission parse(byte[] body) throws RejectedException {
    return SubmissionParser.parse(body);
  }

  /**
   * What {@link #parse} makes of the JSON form of {@code envelope}, for an envelope already read
   * strictly and in normalised form (as a record's is, DESIGN A3): the payload type, the canonical
   * payload and the statement are checked as {@link #parse} checks them, with the same refusals;
   * the envelope is not written out and read again.
   *
   * @throws RejectedException with the first problem found
   */
  public static Submission ofEnvelope(DsseEnvelope envelope) throws RejectedException {
    return SubmissionParser.fromEnvelope(envelope);
  }

  /** The normalised envelope's keyids, ascending: the keys that signed. */
  public List<String> signerKeyIds() {
    return envelope.keyIds();
  }

  /**
   * Verifies every signature (DESIGN A3): its keyid must name a key ever bound ({@code lookup}) or
   * one this very entry adds, else {@link Rejection#KEY_NOT_BOUND}; it must verify over PAE, else
   * {@link Rejection#BAD_SIGNATURE}. Whether each key may sign at this entry's index is for the
   * ledger's rules. If no exception is thrown, every signature verified. The field points into the
   * envelope, at the signature's keyid or sig, indexed in keyid order (the order a client following
   * DESIGN A4 submits).
   */
  public void verifySignatures(KeyLookup lookup) throws RejectedException {
    Map<String, Ed25519PublicKey> added = new HashMap<>();
    if (statement.predicate() instanceof KeyChange change) {
      change.add().forEach(k -> added.put(k.keyId(), k));
    }
    Map<String, Ed25519PublicKey> keys = new HashMap<>();
    List<String> keyIds = signerKeyIds();
    for (int i = 0; i < keyIds.size(); i++) {
      String keyId = keyIds.get(i);
      Optional<Ed25519PublicKey> key =
          Optional.ofNullable(added.get(keyId)).or(() -> lookup.key(keyId));
      if (key.isEmpty()) {
        throw new RejectedException(
            Rejection.KEY_NOT_BOUND,
            "/signatures/" + i + "/keyid",
            "keyid " + keyId + " names no key bound in the ledger nor added by this entry");
      }
      keys.put(keyId, key.get());
    }
    try {
      envelope.verify(keys);
    } catch (DsseVerificationException e) {
      int i = keyIds.indexOf(e.keyId());
      throw new RejectedException(
          Rejection.BAD_SIGNATURE,
          "/signatures/" + i + "/sig",
          "signature by keyid " + e.keyId() + " does not verify: " + e.getMessage());
    }
  }

  /**
   * A submission of an envelope and the statement parsed from {@code payload}, the envelope's
   * payload bytes (a copy the caller holds already): hashed here, once, for the id.
   */
  static Submission of(DsseEnvelope envelope, byte[] payload, Statement statement) {
    return new Submission(envelope, statement, Sha256.hex(payload));
  }
}
