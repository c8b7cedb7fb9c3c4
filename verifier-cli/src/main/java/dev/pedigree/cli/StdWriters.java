package dev.pedigree.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Writers on standard output and standard error made as picocli 4.7 makes a command line's own
 * ({@code CommandLine.getOut()}, {@code getErr()}), for the runs that bypass picocli: a buffered,
 * auto-flushing {@link PrintWriter} in the encoding {@code sun.stdout.encoding} (or {@code
 * sun.stderr.encoding}) names, {@code cp65001} read as UTF-8, else the default charset.
 */
final class StdWriters {
  private StdWriters() {}

  static PrintWriter out() {
    return writer(System.out, System.getProperty("sun.stdout.encoding"));
  }

  static PrintWriter err() {
    return writer(System.err, System.getProperty("sun.stderr.encoding"));
  }

  private static PrintWriter writer(OutputStream stream, String encoding) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))), true);
  }

  static Charset charset(String name) {
    if (name == null) {
      return Charset.defaultCharset();
    }
    try {
      return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
    } catch (Exception e) {
      return Charset.defaultCharset();
    }
  }
}
