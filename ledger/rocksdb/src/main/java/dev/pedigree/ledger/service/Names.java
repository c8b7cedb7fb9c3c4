package dev.pedigree.ledger.service;

import java.util.Locale;

/** The folded form of names (DESIGN A5): lowercase, {@code _} and {@code .} mapped to {@code -}. */
final class Names {
  private Names() {}

  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }
}
