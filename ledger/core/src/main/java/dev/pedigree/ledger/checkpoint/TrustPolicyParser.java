package dev.pedigree.ledger.checkpoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a trust file: a bare verifier key or a C2SP tlog-policy, line by line. */
final class TrustPolicyParser {
  /** Far above tlog-policy §Implementation limits (at least 32 of each), to bound the work. */
  static final int MAX_ITEMS = 256;

  static final int MAX_LENGTH = 1 << 20;

  private static final Set<String> KEYWORDS = Set.of("log", "witness", "group", "quorum");

  private final List<TrustPolicy.Log> logs = new ArrayList<>();
  private final List<TrustPolicy.Witness> witnesses = new ArrayList<>();
  private final List<TrustPolicy.Group> groups = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Set<String> keys = new HashSet<>();
  private String quorum;
  private int lineNumber;

  private TrustPolicyParser() {}

  static TrustPolicy parse(String text) throws PolicyFormatException {
    if (text.length() > MAX_LENGTH) {
      throw new PolicyFormatException(
          "trust file of " + text.length() + " characters, at most " + MAX_LENGTH);
    }
    // tlog-policy §Character set: tab, newline, 0x20-0x7E and non-ASCII only.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
        throw new PolicyFormatException(
            String.format("trust file has control character U+%04X at offset %d", (int) c, i));
      }
    }
    // A trust file edited by hand may lack its final newline; nothing else is lost by taking it.
    String[] lines = text.split("\n", -1);
    List<String[]> content = new ArrayList<>();
    for (String line : lines) {
      String[] tokens = tokens(line);
      content.add(tokens);
    }
    long meaningful = content.stream().filter(t -> t.length > 0).count();
    if (meaningful == 0) {
      throw new PolicyFormatException("trust file is empty");
    }
    String[] first = content.stream().filter(t -> t.length > 0).findFirst().orElseThrow();
    if (meaningful == 1 && first.length == 1 && !KEYWORDS.contains(first[0])) {
      return bareKey(first[0]);
    }
    TrustPolicyParser parser = new TrustPolicyParser();
    for (String[] tokens : content) {
      parser.lineNumber++;
      if (tokens.length > 0) {
        parser.line(tokens);
      }
    }
    return parser.finish();
  }

  /** Whitespace is runs of spaces and tabs; empty and {@code #} comment lines have no tokens. */
  private static String[] tokens(String line) {
    // tlog-policy §Structure: only ASCII space and tab are whitespace; other octets are opaque.
    // Trimmed by hand: the regex "[ \t]+$" is quadratic in a long run of blanks.
    int start = 0;
    int end = line.length();
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    String trimmed = line.substring(start, end);
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return new String[0];
    }
    return trimmed.split("[ \t]+");
  }

  private static TrustPolicy bareKey(String vkey) throws PolicyFormatException {
    NoteVerifierKey key;
    try {
      key = NoteVerifierKey.parse(vkey);
    } catch (NoteFormatException e) {
      throw new PolicyFormatException("trust file: " + e.getMessage(), e);
    }
    if (key.type() != NoteSignatureType.ED25519) {
      throw new PolicyFormatException(
          "trust file: key " + key.label() + " is a witness key, want a log key (type 0x01)");
    }
    return new TrustPolicy(
        List.of(new TrustPolicy.Log(key, Optional.empty())),
        List.of(),
        List.of(),
        TrustPolicy.NONE);
  }

  private void line(String[] t) throws PolicyFormatException {
    switch (t[0]) {
      case "log" -> log(t);
      case "witness" -> witness(t);
      case "group" -> group(t);
      case "quorum" -> quorum(t);
      default -> throw error("unknown keyword \"" + t[0] + "\"");
    }
  }

  private void log(String[] t) throws PolicyFormatException {
    if (t.length < 2 || t.length > 3) {
      throw error("want \"log <vkey> [<url>]\"");
    }
    NoteVerifierKey key = key(t[1], NoteSignatureType.ED25519);
    logs.add(new TrustPolicy.Log(key, url(t, 2)));
    limit(logs.size(), "logs");
  }

  private void witness(String[] t) throws PolicyFormatException {
    if (t.length < 3 || t.length > 4) {
      throw error("want \"witness <name> <vkey> [<url>]\"");
    }
    define(t[1]);
    NoteVerifierKey key = key(t[2], NoteSignatureType.COSIGNATURE_V1);
    witnesses.add(new TrustPolicy.Witness(t[1], key, url(t, 3)));
    limit(witnesses.size(), "witnesses");
  }

  private void group(String[] t) throws PolicyFormatException {
    if (t.length < 4) {
      throw error("want \"group <name> all|any|<k> <name>...\"");
    }
    String name = t[1];
    Set<String> members = new LinkedHashSet<>();
    for (int i = 3; i < t.length; i++) {
      if (!names.contains(t[i])) {
        throw error("group member " + t[i] + " is not a witness or group defined above");
      }
      if (!members.add(t[i])) {
        throw error("group member " + t[i] + " is listed twice");
      }
    }
    int threshold = threshold(t[2], members.size());
    define(name);
    groups.add(new TrustPolicy.Group(name, threshold, List.copyOf(members)));
    limit(groups.size(), "groups");
  }

  private int threshold(String k, int n) throws PolicyFormatException {
    if (k.equals("all")) {
      return n;
    }
    if (k.equals("any")) {
      return 1;
    }
    Long value = NoteSyntax.unsignedDecimal(k);
    if (value == null || value < 1 || value > n) {
      throw error("group threshold " + k + ", want all, any or a decimal in [1, " + n + "]");
    }
    return value.intValue();
  }

  private void quorum(String[] t) throws PolicyFormatException {
    if (t.length != 2) {
      throw error("want \"quorum <name>\"");
    }
    if (quorum != null) {
      throw error("a second quorum line; want exactly one");
    }
    if (!t[1].equals(TrustPolicy.NONE) && !names.contains(t[1])) {
      throw error("quorum " + t[1] + " is not none or a witness or group defined above");
    }
    quorum = t[1];
  }

  private TrustPolicy finish() throws PolicyFormatException {
    if (quorum == null) {
      throw new PolicyFormatException("trust policy has no quorum line");
    }
    if (logs.isEmpty()) {
      throw new PolicyFormatException("trust policy lists no log");
    }
    return new TrustPolicy(logs, witnesses, groups, quorum);
  }

  private void define(String name) throws PolicyFormatException {
    if (name.equals(TrustPolicy.NONE)) {
      throw error("the name none is reserved");
    }
    if (!names.add(name)) {
      throw error("name " + name + " is defined twice");
    }
  }

  /** tlog-policy §Public key representation: two lines may not wrap the same public key. */
  private NoteVerifierKey key(String text, NoteSignatureType want) throws PolicyFormatException {
    NoteVerifierKey key;
    try {
      key = NoteVerifierKey.parse(text);
    } catch (NoteFormatException e) {
      throw error(e.getMessage());
    }
    if (key.type() != want) {
      throw error(
          String.format(
              "key %s has signature type 0x%02x, want 0x%02x",
              key.label(), key.type().id(), want.id()));
    }
    if (!keys.add(want + ":" + key.publicKey().raw().hex())) {
      throw error("key " + key.label() + " repeats a public key listed above");
    }
    return key;
  }

  private static Optional<String> url(String[] t, int i) {
    return t.length > i ? Optional.of(t[i]) : Optional.empty();
  }

  private void limit(int count, String what) throws PolicyFormatException {
    if (count > MAX_ITEMS) {
      throw error("more than " + MAX_ITEMS + " " + what);
    }
  }

  private PolicyFormatException error(String message) {
    return new PolicyFormatException("trust policy line " + lineNumber + ": " + message);
  }
}
