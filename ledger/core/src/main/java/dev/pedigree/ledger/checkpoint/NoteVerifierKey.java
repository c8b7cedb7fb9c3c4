package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Ed25519PublicKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A named Ed25519 verifier key, {@code <name>+<8 hex key ID>+base64(type ‖ public key)} (C2SP
 * signed-note, DESIGN A6); the type is a log signature (0x01) or a witness cosignature (0x04).
 */
public final class NoteVerifierKey {
  private final String name;
  private final NoteSignatureType type;
  private final Ed25519PublicKey publicKey;
  private final int keyId;

  private NoteVerifierKey(String name, NoteSignatureType type, Ed25519PublicKey publicKey) {
    this.name = name;
    this.type = type;
    this.publicKey = publicKey;
    this.keyId = NoteSyntax.keyId(name, type.id(), publicKey.raw().toByteArray());
  }

  /**
   * The key of a name and public key.
   *
   * @throws NoteFormatException when the name is not a valid key name
   */
  public static NoteVerifierKey of(String name, NoteSignatureType type, Ed25519PublicKey key)
      throws NoteFormatException {
    String problem = NoteSyntax.nameProblem(name);
    if (problem != null) {
      throw new NoteFormatException(problem);
    }
    return new NoteVerifierKey(name, Objects.requireNonNull(type), Objects.requireNonNull(key));
  }

  /**
   * Parses verifier key text, with the rules of Go's {@code note.NewVerifier}: the key ID must be
   * the one the name and key give.
   *
   * @throws NoteFormatException naming what is wrong
   */
  public static NoteVerifierKey parse(String text) throws NoteFormatException {
    int plus1 = text.indexOf('+');
    int plus2 = plus1 < 0 ? -1 : text.indexOf('+', plus1 + 1);
    if (plus2 < 0) {
      throw new NoteFormatException(
          "verifier key has no <name>+<key id>+<key> structure: " + abbreviate(text));
    }
    String name = text.substring(0, plus1);
    String idHex = text.substring(plus1 + 1, plus2);
    String keyBase64 = text.substring(plus2 + 1);
    String problem = NoteSyntax.nameProblem(name);
    if (problem != null) {
      throw new NoteFormatException("verifier key: " + problem);
    }
    int id = parseKeyId(idHex, "verifier key");
    byte[] key;
    try {
      key = CanonicalBase64.decode(keyBase64);
    } catch (Base64Exception e) {
      throw new NoteFormatException("verifier key " + name + ": " + e.getMessage(), e);
    }
    NoteVerifierKey parsed = fromTypedKey(name, key, "verifier key " + name);
    if (parsed.keyId != id) {
      throw new NoteFormatException(
          String.format(
              "verifier key %s: key id %08x does not match the key, want %08x",
              name, id, parsed.keyId));
    }
    return parsed;
  }

  /** The key of {@code type ‖ 32-byte public key}, as verifier and signer key texts hold it. */
  static NoteVerifierKey fromTypedKey(String name, byte[] key, String context)
      throws NoteFormatException {
    if (key.length == 0) {
      throw new NoteFormatException(context + ": key is empty");
    }
    NoteSignatureType type = NoteSignatureType.of(key[0]);
    if (type == null) {
      throw new NoteFormatException(
          String.format("%s: unknown signature type 0x%02x, want 0x01 or 0x04", context, key[0]));
    }
    try {
      return new NoteVerifierKey(
          name, type, Ed25519PublicKey.fromRaw(Arrays.copyOfRange(key, 1, key.length)));
    } catch (KeyFormatException e) {
      throw new NoteFormatException(context + ": " + e.getMessage(), e);
    }
  }

  /** Eight hex digits, either case, as Go's {@code strconv.ParseUint(s, 16, 32)} takes them. */
  static int parseKeyId(String hex, String context) throws NoteFormatException {
    // ASCII only: Character.digit would also take other scripts' digits, which Go refuses.
    if (hex.length() != 8 || !hex.chars().allMatch(NoteVerifierKey::isAsciiHex)) {
      throw new NoteFormatException(
          context + ": key id " + abbreviate(hex) + " is not 8 hex digits");
    }
    return Integer.parseUnsignedInt(hex, 16);
  }

  private static boolean isAsciiHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? "\"" + text + "\"" : "\"" + text.substring(0, 77) + "...\"";
  }

  public String name() {
    return name;
  }

  public NoteSignatureType type() {
    return type;
  }

  public Ed25519PublicKey publicKey() {
    return publicKey;
  }

  /** The 32-bit key ID, SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4] big-endian. */
  public int keyId() {
    return keyId;
  }

  /** {@code name+keyid}, how messages name the key. */
  public String label() {
    return String.format("%s+%08x", name, keyId);
  }

  /** The verifier key text, {@code <name>+<key id>+base64(type ‖ public key)}. */
  public String format() {
    byte[] raw = publicKey.raw().toByteArray();
    byte[] typed = new byte[raw.length + 1];
    typed[0] = type.id();
    System.arraycopy(raw, 0, typed, 1, raw.length);
    return label() + "+" + CanonicalBase64.encode(typed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteVerifierKey other
        && name.equals(other.name)
        && type == other.type
        && publicKey.equals(other.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, publicKey);
  }

  @Override
  public String toString() {
    return format();
  }
}
