package dev.pedigree.ledger.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * One PEM block (RFC 7468 §2, the strict form): {@code -----BEGIN label-----}, standard base64 in
 * lines of at most 64 characters, {@code -----END label-----}. Nothing may come before or after
 * the block but line breaks, so that a file holding two keys, or a key and text, is refused.
 */
public final class Pem {
  private static final int LINE = 64;

  private Pem() {}

  /** The PEM text of {@code der} under {@code label}, with lines of 64 and a final newline. */
  public static String encode(String label, byte[] der) {
    String b64 = CanonicalBase64.encode(der);
    StringBuilder out = new StringBuilder("-----BEGIN " + label + "-----\n");
    for (int i = 0; i < b64.length(); i += LINE) {
      out.append(b64, i, Math.min(b64.length(), i + LINE)).append('\n');
    }
    return out.append("-----END ").append(label).append("-----\n").toString();
  }

  /**
   * The DER bytes of the one PEM block of {@code text}, which must carry {@code label}.
   *
   * @throws KeyFormatException naming what is wrong: no block, another label, bad base64
   */
  public static byte[] decode(String text, String label) throws KeyFormatException {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    if (lines.isEmpty()) {
      throw new KeyFormatException("no PEM block: the file is empty");
    }
    String begin = lines.get(0);
    if (!begin.startsWith("-----BEGIN ") || !begin.endsWith("-----") || begin.length() < 16) {
      throw new KeyFormatException("no PEM block: want a first line -----BEGIN " + label + "-----");
    }
    String got = begin.substring(11, begin.length() - 5);
    if (!got.equals(label)) {
      throw new KeyFormatException("PEM block is \"" + got + "\", want \"" + label + "\"");
    }
    int end = lines.indexOf("-----END " + label + "-----");
    if (end < 0) {
      throw new KeyFormatException("PEM block has no line -----END " + label + "-----");
    }
    if (end != lines.size() - 1) {
      throw new KeyFormatException("text after the PEM block: want exactly one block");
    }
    StringBuilder b64 = new StringBuilder();
    for (String line : lines.subList(1, end)) {
      if (line.length() > LINE) {
        throw new KeyFormatException("PEM line of " + line.length() + " characters, want at most 64");
      }
      b64.append(line);
    }
    try {
      return CanonicalBase64.decode(b64.toString());
    } catch (Base64Exception e) {
      throw new KeyFormatException("PEM body: " + e.getMessage(), e);
    }
  }
}
