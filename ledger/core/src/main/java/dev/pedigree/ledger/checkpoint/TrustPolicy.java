package dev.pedigree.ledger.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which checkpoints to trust (DESIGN A7, C2SP tlog-policy): the known logs, the known witnesses and
 * their groups, and the quorum of cosignatures a checkpoint needs ({@code none} until witnesses
 * exist).
 */
public final class TrustPolicy {
  /** The predefined quorum name that requires no cosignature (tlog-policy §Defining the quorum). */
  public static final String NONE = "none";

  /** A log line: its key, whose name is the log's origin, and an optional URL. */
  public record Log(NoteVerifierKey key, Optional<String> url) {}

  /** A witness line: a policy-local name, a cosigner key (type 0x04), an optional URL. */
  public record Witness(String name, NoteVerifierKey key, Optional<String> url) {}

  /** A group line: witnessed when at least {@code threshold} of its members are. */
  public record Group(String name, int threshold, List<String> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  private final List<Log> logs;
  private final Map<String, Witness> witnesses;
  private final Map<String, Group> groups;
  private final String quorum;

  TrustPolicy(List<Log> logs, List<Witness> witnesses, List<Group> groups, String quorum) {
    this.logs = List.copyOf(logs);
    this.witnesses = new LinkedHashMap<>();
    witnesses.forEach(w -> this.witnesses.put(w.name(), w));
    this.groups = new LinkedHashMap<>();
    groups.forEach(g -> this.groups.put(g.name(), g));
    this.quorum = quorum;
  }

  /**
   * Parses a trust file: a bare verifier key (one line: that log, quorum none) or a C2SP
   * tlog-policy.
   *
   * @throws PolicyFormatException naming the line at fault
   */
  public static TrustPolicy parse(String text) throws PolicyFormatException {
    return TrustPolicyParser.parse(text);
  }

  public List<Log> logs() {
    return logs;
  }

  /** The log keys, in the order of the file. */
  public List<NoteVerifierKey> logKeys() {
    return logs.stream().map(Log::key).toList();
  }

  public List<Witness> witnesses() {
    return List.copyOf(witnesses.values());
  }

  public List<Group> groups() {
    return List.copyOf(groups.values());
  }

  /** The quorum's witness or group name, or {@link #NONE}. */
  public String quorum() {
    return quorum;
  }

  /**
   * Opens a signed checkpoint under this policy: a listed log whose key name is the origin signed
   * it, every signature line of a listed key verifies, and the verified cosignatures meet the
   * quorum. If no exception is thrown, the checkpoint is trusted.
   *
   * @throws NoteFormatException when the note is malformed
   * @throws CheckpointFormatException when its text is not a checkpoint
   * @throws NoteVerificationException when a signature does not verify, no listed log signed it, or
   *     the quorum is not met
   */
  public Checkpoint verify(String signedCheckpoint)
      throws NoteFormatException, NoteVerificationException, CheckpointFormatException {
    List<NoteVerifierKey> known = new ArrayList<>(logKeys());
    witnesses.values().forEach(w -> known.add(w.key()));
    SignedNote note = SignedNote.open(signedCheckpoint, known);
    Checkpoint checkpoint = Checkpoint.parse(note.text());
    List<NoteVerifierKey> signingLogs =
        logKeys().stream().filter(note.verifiedBy()::contains).toList();
    if (signingLogs.isEmpty()) {
      throw new NoteVerificationException(
          "checkpoint of origin " + checkpoint.origin() + " is not signed by a log of the policy");
    }
    if (signingLogs.stream().noneMatch(k -> k.name().equals(checkpoint.origin()))) {
      Checkpoints.checkOrigin(checkpoint, signingLogs.get(0));
    }
    Set<String> cosigned =
        witnesses.values().stream()
            .filter(w -> note.verifiedBy().contains(w.key()))
            .map(Witness::name)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!NONE.equals(quorum) && !witnessed(quorum, cosigned)) {
      throw new NoteVerificationException(
          "witness quorum " + quorum + " not met; verified cosignatures by " + cosigned);
    }
    return checkpoint;
  }

  /** tlog-policy §Defining a witness group: at least k of the n members witnessed it. */
  private boolean witnessed(String name, Set<String> cosigned) {
    Group group = groups.get(name);
    if (group == null) {
      return cosigned.contains(name);
    }
    // Groups only name earlier lines, so this recursion ends (tlog-policy §Defining a witness
    // group).
    long count = group.members().stream().filter(m -> witnessed(m, cosigned)).count();
    return count >= group.threshold();
  }
}
