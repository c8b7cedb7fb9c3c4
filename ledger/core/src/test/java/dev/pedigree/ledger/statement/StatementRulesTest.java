package dev.pedigree.ledger.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of DESIGN A4/A5 broken once in a golden statement: refused at the exact field. */
class StatementRulesTest {
  private static final String KEY_A =
      "788de5096f8b530eef97a4015cffb7cfeb260c23795b846bf8112682a93b1101";
  private static final String KEY_B =
      "c7c4c473d09d1bdb37e2a6c5aae8dc137b666abf926c4ca9c8f0a177c5e31a62";
  private static final String ZEROS = "0".repeat(64);

  @ParameterizedTest(name = "{0}")
  @MethodSource({"envelope", "names", "paths", "files", "parents", "keys", "others"})
  void parse_brokenRule_refusedAtField(
      String entry, Consumer<ObjectNode> breakIt, String field, String message) {
    ObjectNode tree = Golden.statement(entry);
    breakIt.accept(tree);

    StatementException e = assertThrows(StatementException.class, () -> Statement.parse(tree));

    assertEquals(field, e.field(), e.getMessage());
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> envelope() {
    return Stream.of(
        c("unknown member at top", Golden.RELEASE, t -> t.put("extra", 1), "/extra",
            "got unknown member \"extra\", want only _type, predicate, predicateType, subject"),
        c("unknown member in predicate", Golden.RELEASE, t -> obj(t, "/predicate").put("x", 1),
            "/predicate/x",
            "got unknown member \"x\", want only license, manifestDigest, model, modelCard,"
                + " description, tags, training"),
        c("unknown member in model", Golden.RELEASE,
            t -> obj(t, "/predicate/model").put("a/b~", 1), "/predicate/model/a~1b~0",
            "got unknown member \"a/b~\", want only name, version"),
        c("unknown member in subject", Golden.RELEASE, t -> obj(t, "/subject/0").put("x", 1),
            "/subject/0/x", "got unknown member \"x\", want only digest, name"),
        c("second digest algorithm", Golden.RELEASE,
            t -> obj(t, "/subject/0/digest").put("sha512", "00"), "/subject/0/digest/sha512",
            "got unknown member \"sha512\", want only sha256"),
        c("wrong _type", Golden.RELEASE,
            t -> t.put("_type", "https://in-toto.io/Statement/v0.1"), "/_type",
            "got \"https://in-toto.io/Statement/v0.1\", want"
                + " \"https://in-toto.io/Statement/v1\""),
        c("unknown predicate type", Golden.RELEASE,
            t -> t.put("predicateType", "https://pedigree.dev/other/v1"), "/predicateType",
            "got \"https://pedigree.dev/other/v1\", want one of https://pedigree.dev/release/v1,"
                + " https://pedigree.dev/modification/v1, https://pedigree.dev/derivation/v1,"
                + " https://pedigree.dev/attestation/v1, https://pedigree.dev/revocation/v1,"
                + " https://pedigree.dev/key/v1"),
        c("predicate of another kind", Golden.RELEASE,
            t -> t.put("predicateType", "https://pedigree.dev/revocation/v1"),
            "/predicate/license",
            "got unknown member \"license\", want only reason, severity, target"),
        c("no subject", Golden.RELEASE, t -> t.putArray("subject"), "/subject",
            "got no subject, want at least one"),
        c("subject count over the bound", Golden.RELEASE, StatementRulesTest::manySubjects,
            "/subject", "got 4097 elements, want at most 4096"),
        c("subject not an array", Golden.RELEASE, t -> t.put("subject", "x"), "/subject",
            "got \"x\", want an array"),
        c("missing predicate member", Golden.RELEASE, t -> obj(t, "/predicate").remove("license"),
            "/predicate/license", "got no member \"license\", want one"),
        c("subject digest in upper case", Golden.RELEASE,
            t -> obj(t, "/subject/0/digest").put("sha256", "AB".repeat(32)),
            "/subject/0/digest/sha256",
            "got \"" + "AB".repeat(32) + "\", want 64 lowercase hex digits"));
  }

  static Stream<Arguments> names() {
    String model = "/predicate/model";
    return Stream.of(
        c("name without namespace", Golden.RELEASE, set(model, "name", "base"),
            model + "/name", "got \"base\", want namespace/model"),
        c("name with two slashes", Golden.RELEASE, set(model, "name", "acme/base/x"),
            model + "/name", "got \"acme/base/x\", want namespace/model"),
        c("name with a space", Golden.RELEASE, set(model, "name", "acme/ba se"),
            model + "/name", "got \"acme/ba se\", want a model of [A-Za-z0-9._-] only"),
        c("name of ..", Golden.RELEASE, set(model, "name", "acme/.."), model + "/name",
            "got \"acme/..\", want a model neither starting nor ending with . or -"),
        c("namespace with a - edge", Golden.RELEASE, set(model, "name", "-acme/base"),
            model + "/name",
            "got \"-acme/base\", want a namespace neither starting nor ending with . or -"),
        c("model with a - edge", Golden.RELEASE, set(model, "name", "acme/base-"),
            model + "/name",
            "got \"acme/base-\", want a model neither starting nor ending with . or -"),
        c("namespace too long", Golden.RELEASE, set(model, "name", "a".repeat(65) + "/b"),
            model + "/name",
            "got \"" + "a".repeat(65) + "/b\" with a namespace of 65 characters, want 1 to 64"),
        c("version too long", Golden.RELEASE, set(model, "version", "1".repeat(65)),
            model + "/version", "got a version of 65 characters, want 1 to 64"),
        c("version with a slash", Golden.RELEASE, set(model, "version", "1/0"),
            model + "/version", "got \"1/0\", want a version of [A-Za-z0-9._+-] only"),
        c("attester not a namespace", Golden.ATTESTATION,
            set("/predicate", "attester", "evals/x"), "/predicate/attester",
            "got \"evals/x\", want a namespace of [A-Za-z0-9._-] only"));
  }

  static Stream<Arguments> paths() {
    String at = "/subject/0/name";
    return Stream.of(
        c("path with ..", Golden.RELEASE, set("/subject/0", "name", "a/../config.json"), at,
            "got \"a/../config.json\", want no . or .. segment"),
        c("path of .", Golden.RELEASE, set("/subject/0", "name", "./config.json"), at,
            "got \"./config.json\", want no . or .. segment"),
        c("path with an empty segment", Golden.RELEASE, set("/subject/0", "name", "a//b"), at,
            "got \"a//b\", want no empty segment"),
        c("path with a trailing /", Golden.RELEASE, set("/subject/0", "name", "a/"), at,
            "got \"a/\", want no empty segment"),
        c("path with a leading /", Golden.RELEASE, set("/subject/0", "name", "/config.json"), at,
            "got \"/config.json\", want a relative path (no leading /)"),
        c("path with a backslash", Golden.RELEASE, set("/subject/0", "name", "a\\b"), at,
            "got \"a\\\\b\" (U+005C at offset 1), want no backslash"),
        c("path with a colon", Golden.RELEASE, set("/subject/0", "name", "c:config.json"), at,
            "got \"c:config.json\" (U+003A at offset 1), want no colon"),
        c("path with U+202E", Golden.RELEASE, set("/subject/0", "name", "a\u202Ejson.exe"), at,
            "got \"a\\u202ejson.exe\" (U+202E at offset 1), want no bidirectional control"),
        c("path with U+2066", Golden.RELEASE, set("/subject/0", "name", "\u2066a"), at,
            "got \"\\u2066a\" (U+2066 at offset 0), want no bidirectional control"),
        c("path with a C0 control", Golden.RELEASE, set("/subject/0", "name", "a\nb"), at,
            "got \"a\\u000ab\" (U+000A at offset 1), want no control character (C0, DEL, C1)"),
        c("path with DEL", Golden.RELEASE, set("/subject/0", "name", "a\u007F"), at,
            "got \"a\\u007f\" (U+007F at offset 1), want no control character (C0, DEL, C1)"),
        c("path with a C1 control", Golden.RELEASE, set("/subject/0", "name", "a\u0085"), at,
            "got \"a\\u0085\" (U+0085 at offset 1), want no control character (C0, DEL, C1)"),
        c("path not NFC", Golden.RELEASE, set("/subject/0", "name", "config\u0301.json"), at,
            "got \"config\\u0301.json\", want NFC (Unicode form C)"),
        c("path over 4096 bytes", Golden.RELEASE, set("/subject/0", "name", "é".repeat(2049)),
            at, "got a path of 4098 bytes, want at most 4096"),
        c("empty path", Golden.RELEASE, set("/subject/0", "name", ""), at,
            "got an empty path, want a relative file path"));
  }

  static Stream<Arguments> files() {
    return Stream.of(
        c("duplicate subject", Golden.RELEASE, set("/subject/1", "name", "config.json"),
            "/subject/1/name",
            "got \"config.json\" again, want each name once (first at /subject/0/name)"),
        c("subjects out of manifest order", Golden.RELEASE, StatementRulesTest::swapLastTwo,
            "/subject/3/name",
            "got \"tokenizer/tokenizer.json\" after \"tokenizer.json\", want manifest order"),
        c("wrong manifest digest", Golden.RELEASE, set("/predicate", "manifestDigest", ZEROS),
            "/predicate/manifestDigest",
            "got " + ZEROS + ", want "
                + "988b1537a5e7a5c6174413ae56caa60d6e13f7777adb5298bce8d0f1a3126720"
                + " (the subjects' digests in manifest order)"),
        // The wanted digest computed apart, with Python's hashlib over the changed digests.
        c("file digest changed", Golden.RELEASE,
            set("/subject/0/digest", "sha256", ZEROS), "/predicate/manifestDigest",
            "got 988b1537a5e7a5c6174413ae56caa60d6e13f7777adb5298bce8d0f1a3126720, want "
                + "09767ae55864390bd87734d17c9d1c77d7d12002581302b60c979bc43ac54843"
                + " (the subjects' digests in manifest order)"),
        c("training not an object", Golden.RELEASE,
            t -> obj(t, "/predicate").putArray("training"), "/predicate/training",
            "got an array, want an object"),
        c("tag not a string", Golden.RELEASE,
            t -> obj(t, "/predicate").putArray("tags").add(1), "/predicate/tags/0",
            "got a number, want a string"),
        c("licence not SPDX", Golden.RELEASE, set("/predicate/license", "spdx", "Apache 2"),
            "/predicate/license/spdx",
            "got \"Apache 2\", want an SPDX id or LicenseRef-..., 1 to 128 of [A-Za-z0-9.+-]"));
  }

  static Stream<Arguments> parents() {
    String derivation = Golden.DERIVATION;
    String modification = Golden.MODIFICATION;
    return Stream.of(
        c("merge with one parent", derivation, set("/predicate/parents/0", "relation", "merge"),
            "/predicate/parents", "got a merge of 1 parent, want at least 2"),
        c("mixed merge", derivation, t -> parentsOf(t).add(parent(Golden.id(0), "merge")),
            "/predicate/parents/0/relation",
            "got \"finetune\", want \"merge\" as every relation once one is"),
        c("duplicate parents", derivation, t -> parentsOf(t).add(parent(Golden.id(1), "adapter")),
            "/predicate/parents/1/id",
            "got " + Golden.id(1) + " again, want each parent once (first at /parents/0)"),
        c("derivation as new-version", derivation,
            set("/predicate/parents/0", "relation", "new-version"),
            "/predicate/parents/0/relation",
            "got \"new-version\", want one of finetune, adapter, quantized, merge, distill,"
                + " prune, convert, other"),
        c("unknown relation", derivation, set("/predicate/parents/0", "relation", "copy"),
            "/predicate/parents/0/relation",
            "got \"copy\", want one of new-version, finetune, adapter, quantized, merge,"
                + " distill, prune, convert, other"),
        c("derivation without parents", derivation, t -> parentsOf(t).removeAll(),
            "/predicate/parents", "got 0 parents, want 1 to 4096"),
        c("parent id not hex", derivation, set("/predicate/parents/0", "id", "x"),
            "/predicate/parents/0/id", "got \"x\", want 64 lowercase hex digits"),
        c("modification with 2 parents", modification,
            t -> parentsOf(t).add(parent(Golden.id(0), "new-version")), "/predicate/parents",
            "got 2 parents, want exactly 1"),
        c("modification as finetune", modification,
            set("/predicate/parents/0", "relation", "finetune"),
            "/predicate/parents/0/relation", "got \"finetune\", want \"new-version\""),
        c("release with parents", Golden.RELEASE,
            t -> obj(t, "/predicate").putArray("parents"), "/predicate/parents",
            "got unknown member \"parents\", want only license, manifestDigest, model,"
                + " modelCard, description, tags, training"));
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        c("key with empty add", Golden.KEY_BIND, t -> obj(t, "/predicate").putArray("add"),
            "/predicate/add", "got an empty list, want at least one key or the member omitted"),
        c("key with neither add nor remove", Golden.KEY_BIND,
            t -> obj(t, "/predicate").remove("add"), "/predicate",
            "got neither add nor remove, want at least one"),
        c("overlapping add and remove", Golden.KEY_REMOVE,
            t -> obj(t, "/predicate").set("add", t.at("/predicate/remove").deepCopy()),
            "/predicate/remove/0",
            "got keyid " + KEY_A + " in both add and remove, want them disjoint"),
        c("reason without remove", Golden.KEY_BIND, set("/predicate", "reason", "rotated"),
            "/predicate/reason",
            "got \"rotated\" with no key removed, want a reason only with remove"),
        c("remove without reason", Golden.KEY_REMOVE, t -> obj(t, "/predicate").remove("reason"),
            "/predicate/reason",
            "got no reason for removing keys, want rotated or compromised"),
        c("unknown key reason", Golden.KEY_REMOVE, set("/predicate", "reason", "lost"),
            "/predicate/reason", "got \"lost\", want one of rotated, compromised"),
        c("keys not sorted by keyid", Golden.KEY_ADD,
            t -> arr(t, "/predicate/add").add(Golden.statement(Golden.KEY_BIND)
                .at("/predicate/add/0")),
            "/predicate/add/1",
            "got keyid " + KEY_A + " after " + KEY_B + ", want keys sorted by keyid, each once"),
        c("key of another type", Golden.KEY_BIND, set("/predicate/add/0", "type", "rsa"),
            "/predicate/add/0/type", "got \"rsa\", want \"ed25519\""),
        c("key not canonical base64", Golden.KEY_BIND, set("/predicate/add/0", "key", "AAAA"),
            "/predicate/add/0/key",
            "got \"AAAA\", want canonical base64 of 32 bytes: Ed25519 public key of 3 bytes,"
                + " want 32"),
        // DESIGN A1: canonical base64 only. The golden key of A ends "VZ0="; "VZ1=" decodes to
        // the same bytes with a non-zero trailing bit.
        c("key with non-zero trailing bits", Golden.KEY_BIND,
            set("/predicate/add/0", "key", "JUO5L/EJVRFHatyDadtt3JM2ZaEZeN2hQE7hBmypVZ1="),
            "/predicate/add/0/key",
            "got \"JUO5L/EJVRFHatyDadtt3JM2ZaEZeN2hQE7hBmypVZ1=\", want canonical base64 of 32"
                + " bytes: base64 is not canonical (non-zero trailing bits)"),
        c("key subject not the added key", Golden.KEY_ADD, set("/subject/0", "name", KEY_A),
            "/subject/0/name",
            "got \"" + KEY_A + "\", want " + KEY_B
                + ": the keyid of each key added, then each removed"),
        c("previous not an id", Golden.KEY_ADD, set("/predicate", "previous", "1"),
            "/predicate/previous", "got \"1\", want 64 lowercase hex digits"));
  }

  static Stream<Arguments> others() {
    String target = Golden.id(2);
    return Stream.of(
        c("attestation without claim type", Golden.ATTESTATION,
            t -> obj(t, "/predicate/claim").remove("type"), "/predicate/claim/type",
            "got no member \"type\", want a string naming the claim"),
        c("attestation with a numeric claim type", Golden.ATTESTATION,
            t -> obj(t, "/predicate/claim").put("type", 7), "/predicate/claim/type",
            "got a number, want a non-empty string"),
        c("attestation subject not the target", Golden.ATTESTATION,
            set("/predicate", "target", Golden.id(1)), "/subject/0/name",
            "got \"" + target + "\", want " + Golden.id(1) + ": the target entry"),
        c("attestation subject digest not the target", Golden.ATTESTATION,
            set("/subject/0/digest", "sha256", ZEROS), "/subject/0/digest/sha256",
            "got " + ZEROS + ", want " + target + ", the same as the name"),
        c("revocation with a bad severity", Golden.REVOCATION,
            set("/predicate", "severity", "urgent"), "/predicate/severity",
            "got \"urgent\", want one of low, medium, high, critical"),
        c("revocation with a bad reason", Golden.REVOCATION,
            set("/predicate", "reason", "boredom"), "/predicate/reason",
            "got \"boredom\", want one of security, safety, legal, superseded, other"),
        c("revocation with two subjects", Golden.REVOCATION,
            t -> arr(t, "/subject").add(t.at("/subject/0").deepCopy()), "/subject",
            "got 2 subjects, want 1: the target entry"));
  }

  @Test
  void parse_freeFormTrainingAndClaim_kept() throws Exception {
    ObjectNode tree = Golden.statement(Golden.RELEASE);
    ObjectNode training = obj(tree, "/predicate").putObject("training");
    training.putArray("datasets").add("pile");
    training.putObject("anything").put("goes", true);
    obj(tree, "/predicate").putArray("tags").add("medical");
    obj(tree, "/predicate").put("modelCard", "# Base");
    obj(tree, "/predicate/license").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    obj(tree, "/predicate/license").putArray("restrictions");

    Statement s = Statement.parse(tree);

    assertEquals(tree, s.toJson());
  }

  private static Arguments c(
      String what, String entry, Consumer<ObjectNode> breakIt, String field, String message) {
    return Arguments.of(Named.of(what, entry), breakIt, field, message);
  }

  private static Consumer<ObjectNode> set(String pointer, String member, String value) {
    return t -> obj(t, pointer).put(member, value);
  }

  private static ObjectNode obj(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }

  private static ArrayNode arr(JsonNode tree, String pointer) {
    return (ArrayNode) tree.at(pointer);
  }

  private static ArrayNode parentsOf(JsonNode tree) {
    return arr(tree, "/predicate/parents");
  }

  private static ObjectNode parent(String id, String relation) {
    ObjectNode parent = Golden.statement(Golden.DERIVATION).objectNode();
    return parent.put("id", id).put("relation", relation);
  }

  private static void swapLastTwo(ObjectNode tree) {
    ArrayNode subjects = arr(tree, "/subject");
    JsonNode last = subjects.remove(3);
    subjects.insert(2, last);
  }

  private static void manySubjects(ObjectNode tree) {
    ArrayNode subjects = arr(tree, "/subject");
    JsonNode first = subjects.get(0);
    while (subjects.size() <= Statement.MAX_SUBJECTS) {
      subjects.add(first.deepCopy());
    }
  }
}
