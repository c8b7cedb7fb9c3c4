package dev.pedigree.ledger.crypto;

/**
 * Odd multiples of a point P and of its shifts P_i = [2^(bits · i)]P, i < parts, bits = 256 /
 * parts: what {@link Ed25519Verifier} adds when it reads a scalar's NAF digits {@code bits} at a
 * time, part i's from the tables of P_i. Immutable once built.
 */
final class Ed25519Tables {
  private final int parts;
  private final int width;
  private final Ed25519Point.Cached[][] multiples;

  private Ed25519Tables(int width, Ed25519Point.Cached[][] multiples) {
    this.parts = multiples.length;
    this.width = width;
    this.multiples = multiples;
  }

  /**
   * Tables in projective cached form: cheap to build (no inversion), a multiplication more per
   * addition than {@link #affine}.
   */
  static Ed25519Tables projective(Ed25519Point p, int parts, int width) {
    Ed25519Point[] shifts = shifts(new Ed25519Point[] {p.copy()}, parts);
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point.Cached[][] multiples = new Ed25519Point.Cached[parts][];
    for (int i = 0; i < parts; i++) {
      Ed25519Point[] points = oddMultiples(shifts[i], width, scratch);
      multiples[i] = new Ed25519Point.Cached[points.length];
      for (int j = 0; j < points.length; j++) {
        multiples[i][j] = points[j].cached();
      }
    }
    return new Ed25519Tables(width, multiples);
  }

  /** Tables in affine cached form (Z = 1), all of them normalised by one inversion. */
  static Ed25519Tables affine(Ed25519Point p, int parts, int width) {
    return affine(shifts(new Ed25519Point[] {p.copy()}, parts), width);
  }

  /**
   * Affine tables of the same point for more parts (a multiple of these) and another width, built
   * from these: each P_i is read back from its first entry rather than doubled to again.
   */
  Ed25519Tables affine(int moreParts, int otherWidth) {
    Ed25519Point[] known = new Ed25519Point[parts];
    for (int i = 0; i < parts; i++) {
      known[i] = Ed25519Point.fromCached(multiples[i][0]);
    }
    return affine(shifts(known, moreParts), otherWidth);
  }

  private static Ed25519Tables affine(Ed25519Point[] shifts, int width) {
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    int parts = shifts.length;
    int perPart = 1 << (width - 2);
    Ed25519Point[] all = new Ed25519Point[parts * perPart];
    for (int i = 0; i < parts; i++) {
      System.arraycopy(oddMultiples(shifts[i], width, scratch), 0, all, i * perPart, perPart);
    }
    Ed25519Point.Cached[] cached = Ed25519Point.cachedAffine(all);
    Ed25519Point.Cached[][] multiples = new Ed25519Point.Cached[parts][perPart];
    for (int i = 0; i < parts; i++) {
      System.arraycopy(cached, i * perPart, multiples[i], 0, perPart);
    }
    return new Ed25519Tables(width, multiples);
  }

  /** The number of parts a scalar is read in with these tables. */
  int parts() {
    return parts;
  }

  /** The bits per part, 256 / parts. */
  int bits() {
    return 256 / parts;
  }

  /** The NAF width the tables serve: they hold P_i, 3P_i, ..., (2^(w-1) - 1)P_i. */
  int width() {
    return width;
  }

  /** [m]P_i for an odd m < 2^(w-1), at index m / 2. */
  Ed25519Point.Cached[] multiples(int part) {
    return multiples[part];
  }

  /**
   * The shifts for {@code parts} parts, given those for fewer parts ({@code known.length} dividing
   * {@code parts}): each known one is doubled 256 / parts times for each shift between it and the
   * next.
   */
  private static Ed25519Point[] shifts(Ed25519Point[] known, int parts) {
    if (parts > 256 || 256 % parts != 0 || parts % known.length != 0) {
      throw new IllegalArgumentException("parts " + parts + " from " + known.length);
    }
    int bits = 256 / parts;
    int ratio = parts / known.length;
    Ed25519Point.Scratch scratch = new Ed25519Point.Scratch();
    Ed25519Point[] shifts = new Ed25519Point[parts];
    for (int i = 0; i < parts; i++) {
      if (i % ratio == 0) {
        shifts[i] = known[i / ratio];
      } else {
        shifts[i] = shifts[i - 1].copy();
        for (int d = 0; d < bits; d++) {
          shifts[i].doubleInPlace(scratch, d == bits - 1);
        }
      }
    }
    return shifts;
  }

  /** p, 3p, 5p, ..., (2^(w-1) - 1)p: the table a width-w NAF indexes by |digit| / 2. */
  private static Ed25519Point[] oddMultiples(Ed25519Point p, int width, Ed25519Point.Scratch s) {
    if (width < 2 || width > 8) {
      throw new IllegalArgumentException("NAF width " + width + ", want 2 to 8");
    }
    Ed25519Point[] multiples = new Ed25519Point[1 << (width - 2)];
    multiples[0] = p.copy();
    if (multiples.length > 1) {
      Ed25519Point twice = p.copy();
      twice.doubleInPlace(s, true);
      Ed25519Point.Cached twiceCached = twice.cached();
      Ed25519Point current = p.copy();
      for (int i = 1; i < multiples.length; i++) {
        current.add(twiceCached, false, s);
        multiples[i] = current.copy();
      }
    }
    return multiples;
  }
}
