package dev.pedigree.api.config;

/** A server setting is missing or invalid; the message is one line naming the setting. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
