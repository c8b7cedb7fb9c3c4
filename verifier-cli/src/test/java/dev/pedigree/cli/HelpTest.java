package dev.pedigree.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "hash",
        "keygen",
        "key",
        "release",
        "modify",
        "derive",
        "attest",
        "revoke",
        "verify",
        "audit",
        "consistency",
        "lineage",
        "bundle",
        "search"
      })
  void help_everyCommand_exit0WithUsage(String command) {
    Run r = Run.of(command, "--help");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Usage: pedigree " + command + " "), r.out());
    assertTrue(Run.of("--help").out().contains("  " + command + " "), command);
  }
}
