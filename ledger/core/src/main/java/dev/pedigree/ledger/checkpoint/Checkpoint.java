package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Sha256;
import java.util.List;

/**
 * A log's tree head as a C2SP tlog-checkpoint body: origin, tree size (unsigned 64-bit, so read it
 * with {@link Long#toUnsignedString(long)}), RFC 6962 root hash, and opaque extension lines that
 * verifiers ignore (DESIGN A6).
 */
public record Checkpoint(String origin, long size, Bytes root, List<String> extensions) {
  /** Three lines of body plus any extension lines; more than this is not a checkpoint we take. */
  static final int MAX_EXTENSION_LINES = 16;

  /** Validates; an invalid checkpoint cannot be built (IllegalArgumentException). */
  public Checkpoint {
    extensions = List.copyOf(extensions);
    if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("origin must be one non-empty line");
    }
    if (root.length() != Sha256.LENGTH) {
      throw new IllegalArgumentException(
          "root hash of " + root.length() + " bytes, want " + Sha256.LENGTH);
    }
    for (String line : extensions) {
      if (line.isEmpty() || line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("extension lines must be non-empty single lines");
      }
    }
  }

  /** A checkpoint without extension lines, the only kind Pedigree writes. */
  public static Checkpoint of(String origin, long size, Bytes root) {
    return new Checkpoint(origin, size, root, List.of());
  }

  /**
   * Parses a checkpoint body strictly (tlog-checkpoint §Note text): a non-empty origin, a decimal
   * size without sign or leading zeros up to 2^64 − 1, the canonical base64 of a 32-byte root, then
   * non-empty extension lines, every line ending in a newline.
   *
   * @throws CheckpointFormatException naming the line at fault
   */
  public static Checkpoint parse(String body) throws CheckpointFormatException {
    if (!body.endsWith("\n")) {
      throw new CheckpointFormatException("checkpoint does not end in a newline");
    }
    String problem = NoteSyntax.textProblem(body);
    if (problem != null) {
      throw new CheckpointFormatException("checkpoint: " + problem);
    }
    long lineCount = body.chars().filter(c -> c == '\n').count();
    if (lineCount < 3) {
      throw new CheckpointFormatException("checkpoint of " + lineCount + " lines, want at least 3");
    }
    if (lineCount > 3 + MAX_EXTENSION_LINES) {
      throw new CheckpointFormatException(
          "checkpoint has " + (lineCount - 3) + " extension lines, at most " + MAX_EXTENSION_LINES);
    }
    String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
    if (lines[0].isEmpty()) {
      throw new CheckpointFormatException("checkpoint origin is empty");
    }
    Long size = NoteSyntax.unsignedDecimal(lines[1]);
    if (size == null) {
      throw new CheckpointFormatException(
          "checkpoint size \""
              + lines[1]
              + "\" is not a decimal in [0, 2^64-1] without leading zeros");
    }
    byte[] root;
    try {
      root = CanonicalBase64.decode(lines[2]);
    } catch (Base64Exception e) {
      throw new CheckpointFormatException("checkpoint root hash: " + e.getMessage(), e);
    }
    if (root.length != Sha256.LENGTH) {
      throw new CheckpointFormatException(
          "checkpoint root hash of " + root.length + " bytes, want " + Sha256.LENGTH);
    }
    List<String> extensions = List.of(lines).subList(3, lines.length);
    for (int i = 0; i < extensions.size(); i++) {
      if (extensions.get(i).isEmpty()) {
        throw new CheckpointFormatException("checkpoint extension line " + (i + 1) + " is empty");
      }
    }
    return new Checkpoint(lines[0], size, Bytes.copyOf(root), extensions);
  }

  /** The note text: {@code <origin>\n<size>\n<base64 root>\n} and any extension lines. */
  public String body() {
    StringBuilder text = new StringBuilder();
    text.append(origin).append('\n');
    text.append(Long.toUnsignedString(size)).append('\n');
    text.append(root.base64()).append('\n');
    for (String line : extensions) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
