package dev.pedigree.api.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail} and, when one
 * field of the statement is at fault, {@code field} (an RFC 6901 JSON Pointer, DESIGN A8).
 */
public record Problem(URI type, String title, int status, String detail, Optional<String> field) {

  /** RFC 9457 §4.2.1: a problem with no more semantics than its HTTP status. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("problem status " + status + " outside [400, 599]");
    }
    if (field.isPresent() && !field.get().isEmpty() && !field.get().startsWith("/")) {
      throw new IllegalArgumentException("field is not a JSON Pointer: " + field.get());
    }
  }

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, Optional.empty());
  }

  public static Problem of(ProblemType type, String detail, String field) {
    return new Problem(type.uri(), type.title(), type.status(), detail, Optional.of(field));
  }

  /** A problem for an HTTP status that no Pedigree problem type names (405, 500...). */
  public static Problem ofStatus(int status, String title, String detail) {
    return new Problem(ABOUT_BLANK, title, status, detail, Optional.empty());
  }

  /** The members in RFC 9457 order, ready to serialise. */
  public Map<String, Object> members() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", type.toString());
    members.put("title", title);
    members.put("status", status);
    members.put("detail", detail);
    field.ifPresent(f -> members.put("field", f));
    return members;
  }
}
