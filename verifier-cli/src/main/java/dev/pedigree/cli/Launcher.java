package dev.pedigree.cli;

/**
 * The jar's entry point: runs {@link Main#main}. The launcher looks {@code main} up by reflection,
 * which resolves the types in every public method's signature of the class named by the manifest;
 * {@link Main}'s public {@code commandLine} methods return picocli's {@code CommandLine}, so naming
 * {@link Main} there loaded picocli's largest class even on the runs that never use picocli.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    Main.main(args);
  }
}
