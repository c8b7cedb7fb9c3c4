package dev.pedigree.api.problem;

/**
 * Carries a {@link Problem} through {@code RoutingContext.fail}: handlers throw or fail with it and
 * the failure handler writes it. Unchecked because Vert.x handlers cannot declare exceptions.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public ProblemException(ProblemType type, String detail) {
    this(Problem.of(type, detail));
  }

  public ProblemException(ProblemType type, String detail, String field) {
    this(Problem.of(type, detail, field));
  }

  public Problem problem() {
    return problem;
  }
}
