package dev.pedigree.ledger.verify;

import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.checkpoint.CheckpointFormatException;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.merkle.ConsistencyProofs;
import dev.pedigree.ledger.merkle.Merkle;
import dev.pedigree.ledger.merkle.MerkleVerificationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --state DIR} of DESIGN A7: the newest checkpoint seen per origin, one file per origin
 * named by the hex SHA-256 of the origin (so any origin makes a safe file name), holding the signed
 * note verbatim (a fork is then kept with its evidence). Callers open a checkpoint under their
 * trust policy before showing it here.
 *
 * <ul>
 *   <li>first of its origin: remembered, passed;
 *   <li>same size, same root: passed; same size, another root: a fork, failed, nothing changes;
 *   <li>larger: consistency verified if a proof is given (failed and not remembered if it does not
 *       verify), otherwise {@code not checked}; remembered either way it is not failed;
 *   <li>smaller: the newer one stays remembered; consistency with it verified if a proof from the
 *       smaller size is given, otherwise {@code not checked}. An older checkpoint is not refused,
 *       as A7 only refuses a fork: a reader may verify an old bundle.
 * </ul>
 */
public final class CheckpointState {
  public static final String CHECK = "state";
  private static final String SUFFIX = ".checkpoint";

  private final Path dir;

  private CheckpointState(Path dir) {
    this.dir = dir;
  }

  /** The state kept in {@code dir}, created if absent. */
  public static CheckpointState open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new CheckpointState(dir);
  }

  /** The file that holds the newest checkpoint of an origin. */
  public Path fileFor(String origin) {
    return dir.resolve(Sha256.hex(origin.getBytes(StandardCharsets.UTF_8)) + SUFFIX);
  }

  /**
   * The remembered checkpoint of an origin.
   *
   * @throws IOException when the state file cannot be read or holds no checkpoint of that origin
   */
  public Optional<Checkpoint> remembered(String origin) throws IOException {
    Path file = fileFor(origin);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String note = Files.readString(file, StandardCharsets.UTF_8);
    int end = note.indexOf("\n\n");
    try {
      if (end < 0) {
        throw new CheckpointFormatException("no signature block");
      }
      Checkpoint checkpoint = Checkpoint.parse(note.substring(0, end + 1));
      if (!checkpoint.origin().equals(origin)) {
        throw new CheckpointFormatException("origin " + checkpoint.origin() + ", want " + origin);
      }
      return Optional.of(checkpoint);
    } catch (CheckpointFormatException e) {
      throw new IOException("state file " + file + " is not a checkpoint: " + e.getMessage(), e);
    }
  }

  /**
   * Compares a trusted checkpoint with the one remembered for its origin, remembers the newer, and
   * says how they relate.
   *
   * @param signedNote the checkpoint's signed note, kept verbatim
   * @param checkpoint the checkpoint the caller opened from {@code signedNote} under its policy
   * @param consistency an RFC 6962 consistency proof from the smaller of the two sizes to the
   *     larger, if the caller has one
   * @throws IOException when the state cannot be read or written
   */
  public Check observe(String signedNote, Checkpoint checkpoint, Optional<List<Bytes>> consistency)
      throws IOException {
    Optional<Checkpoint> known = remembered(checkpoint.origin());
    if (known.isEmpty()) {
      write(checkpoint.origin(), signedNote);
      return Check.passed(CHECK, "first checkpoint of " + describe(checkpoint) + ", remembered");
    }
    Checkpoint old = known.get();
    int order = Long.compareUnsigned(checkpoint.size(), old.size());
    if (order == 0) {
      if (checkpoint.root().equals(old.root())) {
        return Check.passed(CHECK, "same as the remembered " + describe(old));
      }
      return Check.failed(
          CHECK,
          "fork: origin "
              + checkpoint.origin()
              + " size "
              + Long.toUnsignedString(old.size())
              + " has root "
              + checkpoint.root().hex()
              + ", remembered root "
              + old.root().hex());
    }
    Checkpoint small = order < 0 ? checkpoint : old;
    Checkpoint large = order < 0 ? old : checkpoint;
    Check relation = consistency(small, large, consistency);
    if (order > 0 && !relation.failed()) {
      write(checkpoint.origin(), signedNote);
    }
    return relation;
  }

  private static Check consistency(
      Checkpoint small, Checkpoint large, Optional<List<Bytes>> proof) {
    String sizes =
        "size "
            + Long.toUnsignedString(small.size())
            + " to "
            + Long.toUnsignedString(large.size());
    if (small.size() == 0 && small.root().equals(Bytes.copyOf(Merkle.emptyRoot()))) {
      // Every tree extends the empty tree; RFC 6962 has no proof from size 0 (DESIGN A2).
      return Check.passed(CHECK, "consistent from the empty tree to " + describe(large));
    }
    if (proof.isEmpty()) {
      return Check.notChecked(
          CHECK,
          "consistency "
              + sizes
              + " not checked (no consistency proof); remembered "
              + describe(large));
    }
    try {
      ConsistencyProofs.verify(
          small.size(),
          large.size(),
          small.root().toByteArray(),
          large.root().toByteArray(),
          proof.get().stream().map(Bytes::toByteArray).toList());
    } catch (MerkleVerificationException e) {
      return Check.failed(CHECK, "consistency " + sizes + ": " + e.getMessage());
    }
    return Check.passed(CHECK, "consistent " + sizes + "; remembered " + describe(large));
  }

  private void write(String origin, String signedNote) throws IOException {
    Path file = fileFor(origin);
    Path temp = Files.createTempFile(dir, ".checkpoint", ".tmp");
    try {
      Files.writeString(temp, signedNote, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String describe(Checkpoint checkpoint) {
    return checkpoint.origin()
        + " at size "
        + Long.toUnsignedString(checkpoint.size())
        + " (root "
        + checkpoint.root().hex()
        + ")";
  }
}
