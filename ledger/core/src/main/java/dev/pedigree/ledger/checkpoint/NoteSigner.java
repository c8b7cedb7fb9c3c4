package dev.pedigree.ledger.checkpoint;

import dev.pedigree.ledger.crypto.Base64Exception;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.CanonicalBase64;
import dev.pedigree.ledger.crypto.Ed25519PrivateKey;
import dev.pedigree.ledger.crypto.KeyFormatException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Signs note texts with a named Ed25519 key (C2SP signed-note, signature type 0x01). */
public final class NoteSigner {
  private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

  private final Ed25519PrivateKey privateKey;
  private final NoteVerifierKey verifierKey;

  private NoteSigner(Ed25519PrivateKey privateKey, NoteVerifierKey verifierKey) {
    this.privateKey = privateKey;
    this.verifierKey = verifierKey;
  }

  /**
   * A signer of a key name and private key.
   *
   * @throws NoteFormatException when the name is not a valid key name
   */
  public static NoteSigner of(String name, Ed25519PrivateKey privateKey)
      throws NoteFormatException {
    return new NoteSigner(
        privateKey, NoteVerifierKey.of(name, NoteSignatureType.ED25519, privateKey.publicKey()));
  }

  /**
   * Parses Go's private key text, {@code PRIVATE+KEY+<name>+<key id>+base64(0x01 ‖ seed)}, with the
   * rules of Go's {@code note.NewSigner}: the key ID must be the public key's.
   *
   * @throws NoteFormatException naming what is wrong (never echoing the secret)
   */
  public static NoteSigner parsePrivateKey(String text) throws NoteFormatException {
    if (!text.startsWith(PRIVATE_PREFIX)) {
      throw new NoteFormatException("private key text does not start with PRIVATE+KEY+");
    }
    String rest = text.substring(PRIVATE_PREFIX.length());
    int plus1 = rest.indexOf('+');
    int plus2 = plus1 < 0 ? -1 : rest.indexOf('+', plus1 + 1);
    if (plus2 < 0) {
      throw new NoteFormatException("private key text has no <name>+<key id>+<key> structure");
    }
    String name = rest.substring(0, plus1);
    String problem = NoteSyntax.nameProblem(name);
    if (problem != null) {
      throw new NoteFormatException("private key: " + problem);
    }
    int id = NoteVerifierKey.parseKeyId(rest.substring(plus1 + 1, plus2), "private key " + name);
    byte[] key;
    try {
      key = CanonicalBase64.decode(rest.substring(plus2 + 1));
    } catch (Base64Exception e) {
      throw new NoteFormatException("private key " + name + ": " + e.getMessage(), e);
    }
    if (key.length != 1 + Ed25519PrivateKey.SEED_LENGTH
        || key[0] != NoteSignatureType.ED25519.id()) {
      throw new NoteFormatException(
          "private key " + name + ": want 0x01 followed by a 32-byte Ed25519 seed");
    }
    NoteSigner signer;
    try {
      signer = of(name, Ed25519PrivateKey.fromSeed(Arrays.copyOfRange(key, 1, key.length)));
    } catch (KeyFormatException e) {
      throw new NoteFormatException("private key " + name + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
    if (signer.verifierKey.keyId() != id) {
      throw new NoteFormatException(
          String.format(
              "private key %s: key id %08x does not match the key, want %08x",
              name, id, signer.verifierKey.keyId()));
    }
    return signer;
  }

  /** Go's private key text for this key; a secret, never log it. */
  public String formatPrivateKey() {
    byte[] seed = privateKey.seed();
    byte[] typed = new byte[1 + seed.length];
    typed[0] = NoteSignatureType.ED25519.id();
    System.arraycopy(seed, 0, typed, 1, seed.length);
    String b64 = CanonicalBase64.encode(typed);
    Arrays.fill(seed, (byte) 0);
    Arrays.fill(typed, (byte) 0);
    return PRIVATE_PREFIX + verifierKey.label() + "+" + b64;
  }

  public String name() {
    return verifierKey.name();
  }

  public NoteVerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * The signature line of a note text, ending in a newline.
   *
   * @throws NoteFormatException when the text could not be a note's text
   */
  public NoteSignature signatureOf(String text) throws NoteFormatException {
    checkText(text);
    byte[] signature = privateKey.sign(text.getBytes(StandardCharsets.UTF_8));
    return new NoteSignature(verifierKey.name(), verifierKey.keyId(), Bytes.copyOf(signature));
  }

  /**
   * The signed note: the text, an empty line, then this key's signature line (C2SP signed-note
   * §Format).
   *
   * @throws NoteFormatException when the text does not end in a newline or breaks the note
   *     character rules
   */
  public String sign(String text) throws NoteFormatException {
    return text + "\n" + signatureOf(text).line();
  }

  static void checkText(String text) throws NoteFormatException {
    if (!text.endsWith("\n")) {
      throw new NoteFormatException("note text does not end in a newline");
    }
    String problem = NoteSyntax.textProblem(text);
    if (problem != null) {
      throw new NoteFormatException(problem);
    }
  }

  @Override
  public String toString() {
    return "NoteSigner[" + verifierKey.label() + "]";
  }
}
