package dev.pedigree.ledger.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pedigree.ledger.json.Jcs;
import dev.pedigree.ledger.json.Json;
import dev.pedigree.ledger.json.JsonFormatException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutators for fuzz tests (STYLE 15): byte-level edits of any input, and structure-aware
 * edits of JSON trees (a value replaced by another type, a huge number, a deep nesting, a long
 * string, a member removed or added, a subtree spliced from elsewhere).
 */
public final class Fuzz {
  private static final byte[] INTERESTING = {
    '"', '\\', '{', '}', '[', ']', ',', ':', '-', '.', 'e', '0', '9', 'u', ' ', '\n', '/', '=', '+',
    0, (byte) 0x80, (byte) 0xc3, (byte) 0xed, (byte) 0xef, (byte) 0xf4, (byte) 0xff
  };
  private static final String EDIT_CHARS = "aZ09/._-+= \u00e9\u0301\u202e\ufffd\u00a0";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Fuzz() {}

  /**
   * One to four byte-level edits of {@code in}: replacements, bit flips, insertions, deletions,
   * truncations, and splices of a slice of {@code donor}.
   */
  public static byte[] bytes(byte[] in, byte[] donor, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] current = in;
    for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
      out.reset();
      int at = current.length == 0 ? 0 : random.nextInt(current.length);
      int op = random.nextInt(7);
      out.write(current, 0, at);
      switch (op) {
        case 0 -> { // replace by an interesting byte
          out.write(INTERESTING[random.nextInt(INTERESTING.length)]);
          skip(out, current, at + 1);
        }
        case 1 -> { // flip a bit
          if (at < current.length) {
            out.write(current[at] ^ (1 << random.nextInt(8)));
          }
          skip(out, current, at + 1);
        }
        case 2 -> { // insert a run of random bytes
          byte[] run = new byte[1 + random.nextInt(4)];
          random.nextBytes(run);
          out.write(run, 0, run.length);
          skip(out, current, at);
        }
        case 3 -> skip(out, current, at + 1 + random.nextInt(8)); // delete a run
        case 4 -> {} // truncate
        case 5 -> { // splice a slice of the donor
          int from = random.nextInt(donor.length);
          out.write(donor, from, random.nextInt(Math.min(64, donor.length - from) + 1));
          skip(out, current, at + random.nextInt(16));
        }
        default -> { // duplicate a run in place
          int length = Math.min(current.length - at, random.nextInt(32));
          out.write(current, at, length);
          skip(out, current, at);
        }
      }
      current = out.toByteArray();
    }
    return current;
  }

  private static void skip(ByteArrayOutputStream out, byte[] in, int from) {
    if (from < in.length) {
      out.write(in, from, in.length - from);
    }
  }

  /**
   * One to three structure-aware edits of a deep copy of {@code tree}; the original is left as it
   * is.
   */
  public static JsonNode tree(JsonNode tree, Random random) {
    JsonNode root = tree.deepCopy();
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode parent = containers.get(random.nextInt(containers.size()));
      if (parent.isEmpty() && random.nextBoolean()) {
        return value(root, random);
      }
      edit(root, parent, random);
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static void edit(JsonNode root, JsonNode parent, Random random) {
    int op = random.nextInt(4);
    if (parent instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
      switch (op) {
        case 0 -> object.remove(name);
        case 1 -> object.set(random.nextBoolean() ? "unknown" : name + "\u0000", value(root, random));
        default -> object.set(name, value(object.get(name) == null ? root : object.get(name), random));
      }
    } else if (parent instanceof ArrayNode array) {
      int at = array.isEmpty() ? 0 : random.nextInt(array.size());
      switch (op) {
        case 0 -> {
          if (!array.isEmpty()) {
            array.remove(at);
          }
        }
        case 1 -> array.insert(at, array.isEmpty() ? value(root, random) : array.get(at).deepCopy());
        default -> {
          if (array.isEmpty()) {
            array.add(value(root, random));
          } else {
            array.set(at, value(array.get(at), random));
          }
        }
      }
    }
  }

  /** A replacement for {@code old}: another type, an edge value, or a spliced subtree. */
  private static JsonNode value(JsonNode old, Random random) {
    return switch (random.nextInt(14)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(5) - 1);
      case 3 -> NODES.numberNode(BigInteger.ONE.shiftLeft(53 + random.nextInt(80)));
      case 4 -> NODES.numberNode(new BigDecimal("1e" + (300 + random.nextInt(200))));
      case 5 -> NODES.numberNode(-0.5 + random.nextDouble());
      case 6 -> NODES.textNode("");
      case 7 -> NODES.textNode("a".repeat(1 << (4 + random.nextInt(14))));
      case 8 -> NODES.textNode(tweak(old.isTextual() ? old.textValue() : old.toString(), random));
      case 9 -> NODES.objectNode();
      case 10 -> NODES.arrayNode();
      case 11 -> nested(new int[] {10, 63, 64, 65, 200, 900}[random.nextInt(6)], random);
      case 12 -> old.isTextual() ? NODES.numberNode(old.textValue().length()) : old.deepCopy();
      default -> old.isContainerNode() && !old.isEmpty() ? old.elements().next().deepCopy() : old;
    };
  }

  private static String tweak(String s, Random random) {
    StringBuilder b = new StringBuilder(s);
    int at = b.isEmpty() ? 0 : random.nextInt(b.length());
    String c = String.valueOf(EDIT_CHARS.charAt(random.nextInt(EDIT_CHARS.length())));
    switch (random.nextInt(4)) {
      case 0 -> b.insert(at, c);
      case 1 -> b.replace(at, Math.min(b.length(), at + 1), c);
      case 2 -> b.setLength(at);
      default -> b.append(s);
    }
    return b.toString();
  }

  private static JsonNode nested(int depth, Random random) {
    JsonNode node = NODES.numberNode(1);
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
    }
    return node;
  }

  /** The JCS bytes of {@code tree}, or its plain JSON when it has no canonical form. */
  public static byte[] canonical(JsonNode tree) {
    try {
      return Jcs.canonicalize(tree);
    } catch (JsonFormatException e) {
      return json(tree);
    }
  }

  /** The plain JSON bytes of {@code tree}. */
  public static byte[] json(JsonNode tree) {
    try {
      return Json.mapper().writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Arbitrary bytes: random, random ASCII from JSON's alphabet, or a deep bracket run. */
  public static byte[] arbitrary(Random random) {
    int length = random.nextInt(200);
    byte[] out = new byte[length];
    switch (random.nextInt(3)) {
      case 0 -> random.nextBytes(out);
      case 1 -> {
        for (int i = 0; i < length; i++) {
          out[i] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
      }
      default -> {
        return ("[".repeat(1 + random.nextInt(5000)) + "{\"a\":").getBytes();
      }
    }
    return out;
  }
}
