package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.qsl.circuits.ProgressListener;

/**
 * The command line's progress display for a long step, the one place that draws progress. On a
 * terminal it is a bar redrawn in place on standard error with rate and ETA (me.tongfei
 * progressbar). Anywhere else (a pipe, a log file, CI) it degrades to a plain line every
 * {@value #PLAIN_INTERVAL_S} seconds, and one with the final state at the end if it printed any,
 * so short steps print nothing and logs stay readable. Feed it as a {@link ProgressListener}
 * (calls from several threads are fine) or with {@link #stepTo(long)} and {@link #stepBy(long)}.
 */
public final class ConsoleProgress implements ProgressListener, AutoCloseable {
  static final int PLAIN_INTERVAL_S = 10;

  private final String task;
  private final ProgressBar bar;
  private final PrintWriter plain;
  private final long intervalNanos;
  private final long startNanos = System.nanoTime();
  private long lastLineNanos = startNanos;
  private boolean printedLine;
  private long printedDone = -1;
  private long total;
  private long done;
  private String message = "";

  private ConsoleProgress(String task, long total, ProgressBar bar, PrintWriter plain,
      long intervalNanos) {
    this.task = task;
    this.total = total;
    this.bar = bar;
    this.plain = plain;
    this.intervalNanos = intervalNanos;
  }

  /**
   * Starts the display of {@code task} of {@code total} units (-1 if not yet known).
   *
   * @param plainOutput where plain lines go when the console is not a terminal
   */
  public static ConsoleProgress start(String task, long total, PrintWriter plainOutput) {
    if (System.console() == null) {
      return plain(task, total, plainOutput, PLAIN_INTERVAL_S * 1_000_000_000L);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
        .showSpeed().build();
    return new ConsoleProgress(task, total, bar, null, 0);
  }

  /** The plain-line display, a line at most every {@code intervalNanos}. */
  static ConsoleProgress plain(String task, long total, PrintWriter out, long intervalNanos) {
    return new ConsoleProgress(task, total, null, out, intervalNanos);
  }

  @Override
  public synchronized void progress(long done, long total) {
    if (total != this.total) {
      this.total = total;
      if (bar != null) {
        bar.maxHint(total);
      }
    }
    stepTo(done);
  }

  /** Sets the units done (never moves back). */
  public synchronized void stepTo(long done) {
    if (done <= this.done) {
      return;
    }
    this.done = done;
    if (bar != null) {
      bar.stepTo(done);
    } else if (System.nanoTime() - lastLineNanos >= intervalNanos) {
      printLine();
    }
  }

  /** Adds {@code units} to the units done. */
  public synchronized void stepBy(long units) {
    stepTo(done + units);
  }

  /** Shows {@code message} after the progress (e.g. the current loss). */
  public synchronized void message(String message) {
    this.message = message;
    if (bar != null) {
      bar.setExtraMessage(message);
    }
  }

  /** Prints {@code line} on a line of its own, above the bar on a terminal. */
  public synchronized void note(String line) {
    if (bar != null) {
      System.err.print("\r\033[K" + line + System.lineSeparator());
    } else {
      plain.println(line);
      plain.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    } else if (printedLine && printedDone != done) {
      printLine();
    }
  }

  /** The plain line: {@code task: 45% (450/1000), 12 s, ETA 15 s message}. */
  private void printLine() {
    long now = System.nanoTime();
    lastLineNanos = now;
    printedLine = true;
    printedDone = done;
    Duration elapsed = Duration.ofNanos(now - startNanos);
    StringBuilder line = new StringBuilder(task).append(": ");
    if (total > 0) {
      double fraction = Math.min(1, (double) done / total);
      line.append(String.format(Locale.ROOT, "%.0f%% (%d/%d), %s", 100 * fraction, done, total,
          seconds(elapsed)));
      if (fraction > 0 && fraction < 1) {
        line.append(", ETA ").append(seconds(elapsed.multipliedBy(
            Math.round(1000 * (1 - fraction) / fraction)).dividedBy(1000)));
      }
    } else {
      line.append(done).append(", ").append(seconds(elapsed));
    }
    if (!message.isEmpty()) {
      line.append(' ').append(message);
    }
    plain.println(line);
    plain.flush();
  }

  private static String seconds(Duration d) {
    return d.toSeconds() + " s";
  }
}
