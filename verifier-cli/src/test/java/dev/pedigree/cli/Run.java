package dev.pedigree.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the real command line, with what it wrote. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    return of(Terminal.NONE, args);
  }

  static Run of(Terminal terminal, String... args) {
    CommandLine cl = Main.commandLine(new Main(terminal));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
