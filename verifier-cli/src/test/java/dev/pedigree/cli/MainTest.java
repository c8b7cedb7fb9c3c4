package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void version_exit0() {
    Run r = Run.of("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("pedigree "), r.out());
  }

  @Test
  void help_listsSubcommands() {
    Run r = Run.of("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("hash"), r.out());
    assertTrue(r.out().contains("keygen"), r.out());
  }

  @Test
  void noSubcommand_usageOnStderrExit2() {
    Run r = Run.of();
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("Usage: pedigree"), r.err());
  }

  @Test
  void unknownSubcommand_exit2() {
    Run r = Run.of("frobnicate");
    assertEquals(2, r.exit());
    assertEquals(
        "pedigree: Unmatched argument at index 0: 'frobnicate'\n"
            + "Try 'pedigree --help' for more information.\n",
        r.err());
  }
}
