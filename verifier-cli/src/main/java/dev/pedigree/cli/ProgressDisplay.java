package dev.pedigree.cli;

import dev.pedigree.ledger.manifest.HashProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar of bytes hashed and their rate, drawn on standard error (a terminal). */
final class ProgressDisplay implements HashProgress, AutoCloseable {
  private static final int WIDTH = 80;

  private final PrintWriter err;
  private volatile ProgressBar bar;

  ProgressDisplay(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int files, long totalBytes) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("hash " + files + (files == 1 ? " file" : " files"))
            .setInitialMax(totalBytes)
            .setUnit("MiB", 1L << 20)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(200)
            .setConsumer(new Consumer())
            .build();
  }

  @Override
  public void hashed(long bytes) {
    ProgressBar b = bar;
    if (b != null) {
      b.stepBy(bytes);
    }
  }

  @Override
  public void close() {
    ProgressBar b = bar;
    if (b != null) {
      b.close();
    }
  }

  /** Redraws one line of standard error in place, through picocli's writer. */
  private final class Consumer implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public void accept(String rendered) {
      err.print('\r');
      err.print(rendered);
      err.flush();
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
