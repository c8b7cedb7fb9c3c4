package dev.pedigree.ledger.manifest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Manifest order (DESIGN A4): paths compared segment by segment, split on {@code /}, each segment
 * compared as UTF-8 bytes, a proper prefix first. This is the order of Python's
 * {@code PurePosixPath}, which OpenSSF Model Signing v1.0 uses, so {@code tokenizer/vocab.json}
 * sorts before {@code tokenizer.json} and {@code a/x} before {@code a-b/x}.
 */
public final class ManifestOrder {
  /** Compares two relative {@code /}-separated paths in manifest order. */
  public static final Comparator<String> PATHS =
      // A class, not a method reference: see ModelDirectory on the start-up cost of the latter.
      new Comparator<>() {
        @Override
        public int compare(String a, String b) {
          return ManifestOrder.compare(a, b);
        }
      };

  private ManifestOrder() {}

  public static int compare(String a, String b) {
    String[] as = a.split("/", -1);
    String[] bs = b.split("/", -1);
    int n = Math.min(as.length, bs.length);
    for (int i = 0; i < n; i++) {
      int c =
          Arrays.compareUnsigned(
              as[i].getBytes(StandardCharsets.UTF_8), bs[i].getBytes(StandardCharsets.UTF_8));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }
}
