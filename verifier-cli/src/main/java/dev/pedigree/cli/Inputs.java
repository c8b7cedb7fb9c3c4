package dev.pedigree.cli;

import dev.pedigree.ledger.checkpoint.PolicyFormatException;
import dev.pedigree.ledger.checkpoint.TrustPolicy;
import dev.pedigree.ledger.verify.Bundle;
import dev.pedigree.ledger.verify.BundleFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files commands take, each bounded before it is read, with one-line errors. */
final class Inputs {
  /** A checkpoint note with many cosignatures stays far below this. */
  static final int MAX_CHECKPOINT_BYTES = 64 << 10;

  /** A trust policy file (C2SP tlog-policy): generous, and still bounded. */
  static final int MAX_TRUST_BYTES = 1 << 20;

  /** A proof or lineage document. */
  static final int MAX_JSON_BYTES = 16 << 20;

  private Inputs() {}

  /** A file holding a bare verifier key or a C2SP tlog-policy (DESIGN A7). */
  static TrustPolicy trust(Path file) throws IOException, InputException {
    String text = text(file, MAX_TRUST_BYTES);
    try {
      return TrustPolicy.parse(text);
    } catch (PolicyFormatException e) {
      throw new InputException(file + ": not a verifier key or trust policy: " + e.getMessage(), e);
    }
  }

  /** A bundle as the server returns it (DESIGN A7). */
  static Bundle bundle(Path file) throws IOException, InputException {
    try {
      return Bundle.parse(bytes(file, Bundle.MAX_BYTES));
    } catch (BundleFormatException e) {
      throw new InputException(file + ": not a bundle: " + e.getMessage(), e);
    }
  }

  /** A signed checkpoint note, verbatim. */
  static String checkpoint(Path file) throws IOException, InputException {
    return text(file, MAX_CHECKPOINT_BYTES);
  }

  static String text(Path file, int maxBytes) throws IOException, InputException {
    return new String(bytes(file, maxBytes), StandardCharsets.UTF_8);
  }

  /** The file's bytes, refused unread past {@code maxBytes}. */
  static byte[] bytes(Path file, int maxBytes) throws IOException, InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, want a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] data = in.readNBytes(maxBytes + 1);
      if (data.length > maxBytes) {
        throw new InputException(file + ": larger than " + maxBytes + " bytes");
      }
      return data;
    }
  }
}
