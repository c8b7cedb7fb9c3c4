package dev.pedigree.ledger.testing;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.statement.Claim;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.KeyReason;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.RevocationReason;
import dev.pedigree.ledger.statement.Severity;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Valid statements of every kind in one line each, for tests: a model gets one file whose content
 * is its {@code name@version}, licences are Apache-2.0. Ids are entry ids in hex. A statement that
 * breaks a stateless rule throws {@link IllegalArgumentException}.
 */
public final class Entries {
  private Entries() {}

  public static Statement release(String name, String version) {
    return build(
        () ->
            Statements.release(
                ModelRef.of(name, version),
                files(name, version),
                License.spdx("Apache-2.0"),
                ModelDetails.NONE));
  }

  public static Statement modification(String name, String version, String parentId) {
    return build(
        () ->
            Statements.modification(
                ModelRef.of(name, version),
                files(name, version),
                License.spdx("Apache-2.0"),
                EntryId.of(parentId),
                ModelDetails.NONE));
  }

  public static Statement derivation(
      String name, String version, Relation relation, String... parentIds) {
    return build(
        () -> {
          List<Parent> parents =
              Arrays.stream(parentIds)
                  .map(id -> new Parent(new EntryId(id), relation))
                  .toList();
          return Statements.derivation(
              ModelRef.of(name, version),
              files(name, version),
              License.spdx("Apache-2.0"),
              parents,
              ModelDetails.NONE);
        });
  }

  /** An evaluation claim by {@code attester} about {@code targetId}. */
  public static Statement attestation(String attester, String targetId) {
    return build(
        () -> {
          var claim = Json.mapper().createObjectNode().put("type", "evaluation");
          return Statements.attestation(
              Namespace.of(attester), EntryId.of(targetId), Claim.of(claim));
        });
  }

  /** A revocation for {@code security}, severity {@code high}. */
  public static Statement revocation(String targetId) {
    return revocation(targetId, RevocationReason.SECURITY, Severity.HIGH);
  }

  public static Statement revocation(
      String targetId, RevocationReason reason, Severity severity) {
    return build(() -> Statements.revocation(EntryId.of(targetId), reason, severity));
  }

  /** The first key entry of {@code namespace}, binding {@code keys}. */
  public static Statement bind(String namespace, Ed25519PrivateKey... keys) {
    return keys(namespace, null, List.of(keys), List.of(), null);
  }

  /** A later key entry adding {@code keys}; {@code previous} may be null to omit it. */
  public static Statement addKeys(String namespace, String previous, Ed25519PrivateKey... keys) {
    return keys(namespace, previous, List.of(keys), List.of(), null);
  }

  /** A later key entry removing {@code keys} for {@code reason}. */
  public static Statement removeKeys(
      String namespace, String previous, KeyReason reason, Ed25519PrivateKey... keys) {
    return keys(namespace, previous, List.of(), List.of(keys), reason);
  }

  /** Any key entry; {@code previous} and {@code reason} may be null to omit them. */
  public static Statement keys(
      String namespace,
      String previous,
      List<Ed25519PrivateKey> add,
      List<Ed25519PrivateKey> remove,
      KeyReason reason) {
    return build(
        () ->
            Statements.key(
                Namespace.of(namespace),
                previous == null ? Optional.empty() : Optional.of(EntryId.of(previous)),
                publicKeys(add),
                publicKeys(remove),
                Optional.ofNullable(reason)));
  }

  private static List<Ed25519PublicKey> publicKeys(List<Ed25519PrivateKey> keys) {
    return keys.stream().map(Ed25519PrivateKey::publicKey).toList();
  }

  private static List<Subject> files(String name, String version) throws StatementException {
    byte[] content = (name + "@" + version).getBytes(StandardCharsets.UTF_8);
    Digest digest = Digest.of(Bytes.copyOf(Sha256.hash(content)));
    return List.of(Subject.file(FilePath.of("model.safetensors"), digest));
  }

  private interface Builder {
    Statement build() throws StatementException;
  }

  private static Statement build(Builder builder) {
    try {
      return builder.build();
    } catch (StatementException e) {
      throw new IllegalArgumentException(e.toString(), e);
    }
  }
}
