package dev.pedigree.ledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pedigree.ledger.checkpoint.Checkpoint;
import dev.pedigree.ledger.crypto.Bytes;
import dev.pedigree.ledger.crypto.Sha256;
import dev.pedigree.ledger.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStateTest {
  static final String ROOT4 = "d82ab9840fead9b17b165b9be0d41fd09e922b6a99c456733f5f6432281396b6";
  static final String ROOT9 = "9f778e4441b86202f2387dc9ad79c4b0ba98c0338018dc594eea870e7cbc69a7";

  @TempDir Path dir;
  CheckpointState state;
  Checkpoint cp4;
  String note4;
  Checkpoint cp9;
  String note9;

  @BeforeEach
  void setUp() throws Exception {
    state = CheckpointState.open(dir.resolve("state"));
    cp4 = Checkpoint.of(Golden.ORIGIN, 4, Bytes.fromHex(ROOT4));
    note4 = Golden.sign(cp4, Golden.logKey());
    note9 = Golden.checkpoint();
    cp9 = Golden.trust().verify(note9);
  }

  static Optional<List<Bytes>> proof4to9() throws Exception {
    JsonNode json = Json.mapper().readTree(Golden.bytes("consistency-4-9.json"));
    List<Bytes> hashes = new ArrayList<>();
    json.get("hashes").forEach(h -> hashes.add(Bytes.fromHex(h.textValue())));
    return Optional.of(hashes);
  }

  @Test
  void observe_first_remembered() throws Exception {
    Check check = state.observe(note4, cp4, Optional.empty());
    assertEquals(Status.PASSED, check.status());
    assertEquals(Optional.of(cp4), state.remembered(Golden.ORIGIN));
    assertEquals(
        dir.resolve("state")
            .resolve(
                Sha256.hex("example.com/pedigree-golden".getBytes(StandardCharsets.UTF_8))
                    + ".checkpoint"),
        state.fileFor(Golden.ORIGIN));
    assertEquals(note4, Files.readString(state.fileFor(Golden.ORIGIN)));
  }

  @Test
  void observe_sameSizeOtherRoot_fork() throws Exception {
    state.observe(note9, cp9, Optional.empty());
    Checkpoint forked = Checkpoint.of(Golden.ORIGIN, 9, Bytes.fromHex("11".repeat(32)));
    Check check = state.observe(Golden.sign(forked, Golden.logKey()), forked, Optional.empty());
    assertEquals(
        Check.failed(
            "state",
            "fork: origin example.com/pedigree-golden size 9 has root "
                + "11".repeat(32)
                + ", remembered root "
                + ROOT9),
        check);
    assertEquals(Optional.of(cp9), state.remembered(Golden.ORIGIN));
  }

  @Test
  void observe_largerWithoutProof_notCheckedAndRemembered() throws Exception {
    state.observe(note4, cp4, Optional.empty());
    Check check = state.observe(note9, cp9, Optional.empty());
    assertEquals(Status.NOT_CHECKED, check.status());
    assertEquals(
        "consistency size 4 to 9 not checked (no consistency proof); remembered"
            + " example.com/pedigree-golden at size 9 (root "
            + ROOT9
            + ")",
        check.detail());
    assertEquals(Optional.of(cp9), state.remembered(Golden.ORIGIN));
  }

  @Test
  void observe_largerWithGoldenProof_consistent() throws Exception {
    state.observe(note4, cp4, Optional.empty());
    Check check = state.observe(note9, cp9, proof4to9());
    assertEquals(Status.PASSED, check.status(), check.detail());
    assertEquals(Optional.of(cp9), state.remembered(Golden.ORIGIN));
  }

  @Test
  void observe_largerWithBadProof_failedAndNotRemembered() throws Exception {
    state.observe(note4, cp4, Optional.empty());
    List<Bytes> bad = new ArrayList<>(proof4to9().get());
    bad.set(0, Bytes.fromHex("00".repeat(32)));
    Check check = state.observe(note9, cp9, Optional.of(bad));
    assertEquals(Status.FAILED, check.status());
    assertEquals(Optional.of(cp4), state.remembered(Golden.ORIGIN));
  }

  @Test
  void observe_smaller_keepsNewerAndChecksProof() throws Exception {
    state.observe(note9, cp9, Optional.empty());
    assertEquals(Status.NOT_CHECKED, state.observe(note4, cp4, Optional.empty()).status());
    assertEquals(Status.PASSED, state.observe(note4, cp4, proof4to9()).status());
    assertEquals(Optional.of(cp9), state.remembered(Golden.ORIGIN));
  }

  @Test
  void observe_sameAgain_passed() throws Exception {
    state.observe(note9, cp9, Optional.empty());
    assertEquals(
        Check.passed(
            "state",
            "same as the remembered example.com/pedigree-golden at size 9 (root " + ROOT9 + ")"),
        CheckpointState.open(dir.resolve("state")).observe(note9, cp9, Optional.empty()));
  }
}
