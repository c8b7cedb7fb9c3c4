package dev.pedigree.api.handler;

/** The {@code limit} bounds of {@code openapi.yaml}'s {@code Limit} parameter. */
final class Paging {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private Paging() {}
}
