package dev.pedigree.api;

/** The server could not start (contract unreadable, port taken...). */
public final class ServerStartException extends Exception {
  private static final long serialVersionUID = 1L;

  public ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
