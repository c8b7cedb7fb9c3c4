package dev.pedigree.ledger.checkpoint;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutates the real inputs at random (fixed seed) and feeds them to every parser and verifier: any
 * exception other than the declared ones is a bug (STYLE 15).
 */
class ParserMutationTest {
  private static final int ROUNDS = 500;
  private static final String ALPHABET = "\n +=/\u2014\u00a0\t0aA9-_#extraindexlogquorum";

  @FunctionalInterface
  interface Target {
    void accept(String input) throws Exception;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "testdata/c2sp/checkpoint-cosigned.txt",
        "testdata/c2sp/leaf6.tlog-proof",
        "testdata/c2sp/witness.vkey",
        "testdata/golden/checkpoint.txt",
      })
  void mutatedInput_onlyDeclaredExceptions(String resource) throws Exception {
    String original = TestFiles.text(resource);
    TrustPolicy policy =
        TrustPolicy.parse(
            "log "
                + TestFiles.logKey().format()
                + "\nwitness w "
                + TestFiles.witnessKey().format()
                + "\nquorum w\n");
    List<Target> targets =
        List.of(
            s -> SignedNote.open(s, List.of(TestFiles.logKey(), TestFiles.witnessKey())),
            s -> Checkpoints.open(s, TestFiles.logKey()),
            policy::verify,
            TlogProof::parse,
            Checkpoint::parse,
            NoteVerifierKey::parse,
            NoteSigner::parsePrivateKey,
            TrustPolicy::parse);
    Random random = new Random(resource.hashCode());
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String input = mutate(original, random);
      for (Target target : targets) {
        try {
          target.accept(input);
        } catch (CheckpointException expected) {
          refused++;
        } catch (Exception | Error e) {
          fail("unexpected " + e + " for input " + input.replace("\n", "\\n"), e);
        }
      }
    }
    assertTrue(refused > ROUNDS, "mutations should mostly be refused, got " + refused);
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = random.nextInt(s.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(4)) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.insert(at, c);
        case 2 -> s.deleteCharAt(at);
        default -> s.setLength(at);
      }
    }
    return s.toString();
  }
}
