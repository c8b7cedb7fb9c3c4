package dev.pedigree.api.config;

/** Who may submit entries (DESIGN A9 {@code --registration}). */
public enum Registration {
  /** Anyone may submit; the ledger's key rules decide. */
  OPEN,
  /** Submissions need the admin token ({@code PEDIGREE_ADMIN_TOKEN}) as a bearer token. */
  ADMIN;

  static Registration parse(String text) throws ConfigException {
    return switch (text) {
      case "open" -> OPEN;
      case "admin" -> ADMIN;
      default -> throw new ConfigException(
          "invalid --registration: got \"" + text + "\", want open or admin");
    };
  }
}
