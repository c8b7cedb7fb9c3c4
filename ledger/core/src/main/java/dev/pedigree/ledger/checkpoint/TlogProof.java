package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * An offline inclusion proof, C2SP tlog-proof (DESIGN A7): the entry's index, its RFC 6962 {@code
 * PATH} from the leaf's sibling up, and the signed checkpoint verbatim. Parsing checks the form
 * only; the proof and the checkpoint are verified elsewhere.
 */
public record TlogProof(long index, List<Bytes> hashes, String checkpoint) {
  static final String HEADER = "c2sp.org/tlog-proof@v1";

  /**
   * An inclusion path has at most one hash per level: a tree of up to 2^64 − 1 leaves has 64 levels
   * below its root (RFC 6962 §2.1.1; index 0 of a tree of 2^63 + 1 leaves needs all 64).
   */
  public static final int MAX_HASHES = 64;

  /** Validates; an invalid proof cannot be built (IllegalArgumentException). */
  public TlogProof {
    hashes = List.copyOf(hashes);
    if (hashes.size() > MAX_HASHES) {
      throw new IllegalArgumentException(
          "inclusion proof of " + hashes.size() + " hashes, at most " + MAX_HASHES);
    }
    for (Bytes hash : hashes) {
      if (hash.length() != Sha256.LENGTH) {
        throw new IllegalArgumentException(
            "proof hash of " + hash.length() + " bytes, want " + Sha256.LENGTH);
      }
    }
    if (!checkpoint.endsWith("\n")) {
      throw new IllegalArgumentException("signed checkpoint must end in a newline");
    }
  }

  /**
   * Parses a tlog-proof: the header line, an optional {@code extra} line (checked as base64, then
   * ignored: it is not authenticated), {@code index N}, one canonical base64 hash per line, an
   * empty line, then the signed checkpoint (kept verbatim, not yet opened).
   *
   * @throws CheckpointFormatException naming the line at fault
   */
  public static TlogProof parse(String text) throws CheckpointFormatException {
    Lines lines = new Lines(text);
    String header = lines.next();
    if (!HEADER.equals(header)) {
      throw new CheckpointFormatException("tlog-proof line 1 is not " + HEADER);
    }
    String line = lines.next();
    if (line != null && line.startsWith("extra ")) {
      try {
        CanonicalBase64.decode(line.substring("extra ".length()));
      } catch (Base64Exception e) {
        throw new CheckpointFormatException("tlog-proof extra line: " + e.getMessage(), e);
      }
      line = lines.next();
    }
    if (line == null) {
      throw new CheckpointFormatException("tlog-proof has no index line");
    }
    if (!line.startsWith("index ")) {
      throw new CheckpointFormatException(
          "tlog-proof line " + lines.number() + " is not \"index N\"");
    }
    Long index = NoteSyntax.unsignedDecimal(line.substring("index ".length()));
    if (index == null) {
      throw new CheckpointFormatException(
          "tlog-proof index is not a decimal in [0, 2^64-1] without leading zeros");
    }
    List<Bytes> hashes = new ArrayList<>();
    for (line = lines.next(); line != null && !line.isEmpty(); line = lines.next()) {
      if (hashes.size() == MAX_HASHES) {
        throw new CheckpointFormatException(
            "tlog-proof has more than " + MAX_HASHES + " inclusion hashes");
      }
      hashes.add(hash(line, lines.number()));
    }
    if (line == null) {
      throw new CheckpointFormatException("tlog-proof has no empty line before the checkpoint");
    }
    String checkpoint = lines.rest();
    if (checkpoint.isEmpty() || !checkpoint.endsWith("\n")) {
      throw new CheckpointFormatException(
          "tlog-proof checkpoint is missing or does not end in a newline");
    }
    return new TlogProof(index, hashes, checkpoint);
  }

  private static Bytes hash(String line, int number) throws CheckpointFormatException {
    byte[] hash;
    try {
      hash = CanonicalBase64.decode(line);
    } catch (Base64Exception e) {
      throw new CheckpointFormatException("tlog-proof line " + number + ": " + e.getMessage(), e);
    }
    if (hash.length != Sha256.LENGTH) {
      throw new CheckpointFormatException(
          "tlog-proof line "
              + number
              + ": hash of "
              + hash.length
              + " bytes, want "
              + Sha256.LENGTH);
    }
    return Bytes.copyOf(hash);
  }

  /** The proof text, without an {@code extra} line (DESIGN A7). */
  public String format() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("index ").append(Long.toUnsignedString(index)).append('\n');
    for (Bytes hash : hashes) {
      text.append(hash.base64()).append('\n');
    }
    return text.append('\n').append(checkpoint).toString();
  }

  /** Reads newline-terminated lines one at a time, so nothing is allocated ahead of the checks. */
  private static final class Lines {
    private final String text;
    private int position;
    private int number;

    Lines(String text) {
      this.text = text;
    }

    /** The next line without its newline, or null when no newline-terminated line is left. */
    String next() {
      int end = text.indexOf('\n', position);
      if (end < 0) {
        return null;
      }
      String line = text.substring(position, end);
      position = end + 1;
      number++;
      return line;
    }

    /** The number of the line {@link #next()} last returned, from 1. */
    int number() {
      return number;
    }

    String rest() {
      return text.substring(position);
    }
  }
}
