package dev.pedigree.ledger.store.rocksdb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AbsencesTest {
  @Test
  void contains_sameKeyOfTheSameFamily_only() {
    Absences absences = new Absences();
    absences.add(Family.IDS, Fixtures.id(1).toByteArray());
    assertTrue(absences.contains(Family.IDS, Fixtures.id(1).toByteArray()));
    assertFalse(absences.contains(Family.NAMES, Fixtures.id(1).toByteArray()));
    assertFalse(absences.contains(Family.IDS, Fixtures.id(2).toByteArray()));
  }

  @Test
  void add_pastTheBound_recordsNoMore() {
    Absences absences = new Absences();
    for (int i = 0; i < Absences.MAX_KEYS + 1; i++) {
      absences.add(Family.IDS, Fixtures.id(i).toByteArray());
    }
    assertTrue(absences.contains(Family.IDS, Fixtures.id(Absences.MAX_KEYS - 1).toByteArray()));
    assertFalse(absences.contains(Family.IDS, Fixtures.id(Absences.MAX_KEYS).toByteArray()));
  }
}
