package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.SignatureVerificationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A note opened against known keys (C2SP signed-note): its text, every signature line in order, and
 * the known keys whose signatures verified (never empty).
 */
public final class SignedNote {
  /**
   * At most this many signature lines; Go's {@code note.Open} also stops at 100, and signed-note
   * requires accepting at least 16.
   */
  public static final int MAX_SIGNATURES = 100;

  private final String text;
  private final List<NoteSignature> signatures;
  private final List<NoteVerifierKey> verifiedBy;

  /** Only {@link #open} builds one, so a SignedNote always holds a verified note. */
  private SignedNote(
      String text, List<NoteSignature> signatures, List<NoteVerifierKey> verifiedBy) {
    this.text = text;
    this.signatures = List.copyOf(signatures);
    this.verifiedBy = List.copyOf(verifiedBy);
  }

  /** The note text: everything before the last empty line, ending in a newline. */
  public String text() {
    return text;
  }

  /** Every signature line, verified or not, in the order of the note. */
  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** The known keys whose signatures verified, in the order of the note; never empty. */
  public List<NoteVerifierKey> verifiedBy() {
    return verifiedBy;
  }

  /**
   * Opens UTF-8 note bytes; see {@link #open(String, Collection)}.
   *
   * @throws NoteFormatException also when the bytes are not valid UTF-8
   */
  public static SignedNote open(byte[] note, Collection<NoteVerifierKey> known)
      throws NoteFormatException, NoteVerificationException {
    String text;
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(note));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      throw new NoteFormatException("note is not valid UTF-8", e);
    }
    return open(text, known);
  }

  /**
   * Parses a note and verifies the signatures of known keys, as Go's {@code note.Open} does.
   * Signature lines of unknown keys (any name and key ID pair not in {@code known}) are kept but
   * not checked; a line of a known key that does not verify fails the whole note, and so does a
   * note that no known key signed. A repeated line of one key is checked once. Witness keys (type
   * 0x04) verify cosignatures over the text. If no exception is thrown, the note verified.
   *
   * @throws NoteFormatException when the note is malformed
   * @throws NoteVerificationException when a known key's signature does not verify or none is found
   */
  public static SignedNote open(String note, Collection<NoteVerifierKey> known)
      throws NoteFormatException, NoteVerificationException {
    String problem = NoteSyntax.textProblem(note);
    if (problem != null) {
      throw new NoteFormatException(problem);
    }
    // signed-note §Format: the text ends at the last empty line; the signature block follows it.
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new NoteFormatException("note has no empty line before its signatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    if (block.isEmpty()) {
      throw new NoteFormatException("note has no signature lines");
    }
    if (!block.endsWith("\n")) {
      throw new NoteFormatException("note does not end in a newline");
    }
    long lineCount = block.chars().filter(c -> c == '\n').count();
    if (lineCount > MAX_SIGNATURES) {
      throw new NoteFormatException(
          "note has " + lineCount + " signature lines, at most " + MAX_SIGNATURES);
    }
    List<NoteSignature> signatures = new ArrayList<>();
    int lineNumber = 0;
    for (int start = 0; start < block.length(); ) {
      int end = block.indexOf('\n', start);
      signatures.add(parseLine(block.substring(start, end), ++lineNumber));
      start = end + 1;
    }
    return new SignedNote(text, signatures, verify(text, signatures, known));
  }

  private static NoteSignature parseLine(String line, int number) throws NoteFormatException {
    String where = "signature line " + number;
    if (!line.startsWith(NoteSignature.PREFIX)) {
      throw new NoteFormatException(where + " does not start with an em dash (U+2014) and a space");
    }
    String rest = line.substring(NoteSignature.PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new NoteFormatException(where + " has no space between key name and signature");
    }
    String name = rest.substring(0, space);
    String problem = NoteSyntax.nameProblem(name);
    if (problem != null) {
      throw new NoteFormatException(where + ": " + problem);
    }
    byte[] raw;
    try {
      raw = CanonicalBase64.decode(rest.substring(space + 1));
    } catch (Base64Exception e) {
      throw new NoteFormatException(where + ": " + e.getMessage(), e);
    }
    if (raw.length < 5) {
      throw new NoteFormatException(
          where + ": signature of " + raw.length + " bytes, want a 4-byte key id and more");
    }
    ByteBuffer buffer = ByteBuffer.wrap(raw);
    int keyId = buffer.getInt();
    byte[] payload = new byte[buffer.remaining()];
    buffer.get(payload);
    return new NoteSignature(name, keyId, Bytes.copyOf(payload));
  }

  private static List<NoteVerifierKey> verify(
      String text, List<NoteSignature> signatures, Collection<NoteVerifierKey> known)
      throws NoteVerificationException {
    Map<String, NoteVerifierKey> byLabel = new HashMap<>();
    for (NoteVerifierKey key : known) {
      NoteVerifierKey previous = byLabel.putIfAbsent(key.label(), key);
      if (previous != null && !previous.equals(key)) {
        // Go's VerifierList reports this as an ambiguous key: the trust configuration is broken.
        throw new NoteVerificationException("two known keys share the name and id " + key.label());
      }
    }
    Set<NoteVerifierKey> verified = new LinkedHashSet<>();
    Set<NoteVerifierKey> checked = new HashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    for (NoteSignature signature : signatures) {
      NoteVerifierKey key = byLabel.get(signature.label());
      if (key == null) {
        unknown.add(signature.label()); // signed-note §Signatures: unknown keys are ignored
        continue;
      }
      if (!checked.add(key)) {
        continue; // as Go's note.Open: a repeated signature by one key is dropped unchecked
      }
      if (key.type() == NoteSignatureType.COSIGNATURE_V1) {
        CosignatureV1.verify(key, text, signature);
      } else {
        try {
          key.publicKey().verify(message, signature.payload().toByteArray());
        } catch (SignatureVerificationException e) {
          throw new NoteVerificationException("signature by " + key.label() + " does not verify");
        }
      }
      verified.add(key);
    }
    if (verified.isEmpty()) {
      throw new NoteVerificationException(
          "note has no signature by a known key; signed by " + String.join(", ", unknown));
    }
    return List.copyOf(verified);
  }
}
