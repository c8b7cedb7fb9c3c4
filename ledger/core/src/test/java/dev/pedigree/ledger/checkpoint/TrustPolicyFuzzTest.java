package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutated trust policies (token-, line- and character-level) through {@link TrustPolicy#parse},
 * and every policy accepted through {@link TrustPolicy#verify}: only {@link CheckpointException}s
 * (STYLE 15), within the time budget.
 */
class TrustPolicyFuzzTest {
  private static final int ROUNDS = 3000;
  private static final String CHARS = " \t\n#+=/aZ09-\u00e9\u2014\u0000\u007f";

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_mutatedPolicies_onlyDeclaredExceptions() throws Exception {
    String log = TestFiles.logKey().format();
    String witness = TestFiles.witnessKey().format();
    String policy =
        "# trust\nlog "
            + log
            + " https://ledger.example/\nwitness w1 "
            + witness
            + "\ngroup g 1 w1\ngroup top all g\nquorum top\n";
    List<String> tokens =
        List.of("log", "witness", "group", "quorum", "none", "all", "any", "0", "1", "2", "-1",
            "99999999999", "w1", "w2", "g", "top", log, witness, "#", "https://x/", "");
    String cosigned = TestFiles.text("testdata/c2sp/checkpoint-cosigned.txt");
    TrustPolicy.parse(policy).verify(cosigned); // the seed itself is good
    Random random = new Random(31337);
    int accepted = 0;
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String text = mutate(policy, tokens, random);
      try {
        TrustPolicy parsed = TrustPolicy.parse(text);
        accepted++;
        try {
          parsed.verify(cosigned);
        } catch (CheckpointException expected) {
          // a stricter policy than the checkpoint meets
        }
      } catch (PolicyFormatException e) {
        refused++;
      } catch (RuntimeException | Error e) {
        fail("unexpected " + e + " for policy " + text.replace("\n", "\\n"), e);
      }
    }
    assertTrue(accepted > 0 && refused > ROUNDS / 2, accepted + " accepted, " + refused + " refused");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void parse_longWhitespaceRun_refusedPromptly() {
    // A line of a million blanks then one character: trimming must be linear, not quadratic.
    String text = "log" + " ".repeat(TrustPolicyParser.MAX_LENGTH - 10) + "x\n";
    assertThrows(PolicyFormatException.class, () -> TrustPolicy.parse(text));
  }

  private static String mutate(String policy, List<String> tokens, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(policy.split("\n", -1)));
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(6)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
        case 2 -> { // replace one token
          String[] t = lines.get(at).split(" ", -1);
          t[random.nextInt(t.length)] = tokens.get(random.nextInt(tokens.size()));
          lines.set(at, String.join(random.nextBoolean() ? " " : "\t", t));
        }
        case 3 -> lines.add(at, "group n" + at + " any " + String.join(" ", tokens.subList(12, 16)));
        case 4 -> { // one character
          StringBuilder b = new StringBuilder(lines.get(at));
          int i = b.isEmpty() ? 0 : random.nextInt(b.length());
          char c = CHARS.charAt(random.nextInt(CHARS.length()));
          if (random.nextBoolean() || b.isEmpty()) {
            b.insert(i, c);
          } else {
            b.setCharAt(i, c);
          }
          lines.set(at, b.toString());
        }
        default -> lines.set(at, lines.get(at) + " ".repeat(random.nextInt(2000)) + "x");
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join("\n", lines);
  }
}
