package dev.pedigree.ledger.service;

import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Dsse;
import dev.pedigree.ledger.crypto.DsseEnvelope;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.JsonFormatException;
import dev.pedigree.ledger.statement.Digest;
import dev.pedigree.ledger.statement.EntryId;
import dev.pedigree.ledger.statement.FilePath;
import dev.pedigree.ledger.statement.License;
import dev.pedigree.ledger.statement.ModelDetails;
import dev.pedigree.ledger.statement.ModelRef;
import dev.pedigree.ledger.statement.Namespace;
import dev.pedigree.ledger.statement.Parent;
import dev.pedigree.ledger.statement.Relation;
import dev.pedigree.ledger.statement.Statement;
import dev.pedigree.ledger.statement.StatementException;
import dev.pedigree.ledger.statement.Statements;
import dev.pedigree.ledger.statement.Subject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Real signed submissions: key bindings, releases and derivations under test keys. */
public final class SignedEntries {
  private SignedEntries() {}

  /** A deterministic test key. */
  public static Ed25519PrivateKey key(String name) {
    try {
      return Ed25519PrivateKey.fromSeed(Sha256.hash(name.getBytes(StandardCharsets.UTF_8)));
    } catch (KeyFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first key entry of {@code namespace}, binding {@code key}, signed by it. */
  public static byte[] binding(String namespace, Ed25519PrivateKey key) {
    return sign(
        () -> Statements.key(Namespace.of(namespace), Optional.empty(),
            List.of(key.publicKey()), List.of(), Optional.empty()),
        key);
  }

  /** A release of {@code namespace/model@version} with one file whose content is {@code seed}. */
  public static byte[] release(String name, String version, String seed, Ed25519PrivateKey key) {
    return sign(
        () -> Statements.release(ModelRef.of(name, version), files(seed),
            License.spdx("Apache-2.0"), ModelDetails.NONE),
        key);
  }

  /** A fine-tune of {@code parent} named {@code name@version}. */
  public static byte[] derivation(String name, String version, String parentId, String seed,
      Ed25519PrivateKey key) {
    return sign(
        () -> Statements.derivation(ModelRef.of(name, version), files(seed),
            License.spdx("Apache-2.0"),
            List.of(new Parent(EntryId.of(parentId), Relation.of("finetune"))),
            ModelDetails.NONE),
        key);
  }

  /** The SHA-256 of the file that {@link #release} with {@code seed} holds. */
  public static Bytes fileDigest(String seed) {
    return Bytes.copyOf(Sha256.hash(seed.getBytes(StandardCharsets.UTF_8)));
  }

  /** The entry id of a submission built here: hex SHA-256 of its payload. */
  public static String id(byte[] envelopeJson) {
    try {
      var node = dev.pedigree.ledger.json.StrictJson.parse(envelopeJson);
      return Sha256.hex(DsseEnvelope.fromJson(node).payload().toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Subject> files(String seed) throws StatementException {
    return List.of(Subject.file(FilePath.of("model.safetensors"), Digest.of(fileDigest(seed))));
  }

  private interface Build {
    Statement get() throws StatementException;
  }

  private static byte[] sign(Build build, Ed25519PrivateKey key) {
    try {
      byte[] payload = Jcs.canonicalize(build.get().toJson());
      DsseEnvelope envelope = DsseEnvelope.sign(Dsse.IN_TOTO_PAYLOAD_TYPE, payload, List.of(key));
      return Jcs.canonicalize(envelope.toJson());
    } catch (StatementException | JsonFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
