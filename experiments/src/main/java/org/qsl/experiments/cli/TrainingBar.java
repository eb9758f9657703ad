package org.qsl.experiments.cli;

import java.io.PrintWriter;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

/**
 * Shows training progress on the terminal: a bar over all epochs with the loss, throughput and an
 * ETA estimated from this run's own pace (so a resumed run does not count the checkpoint's
 * epochs as instant), and one line per finished epoch.
 */
final class TrainingBar implements TrainingListener {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private long start;
  private double startFraction = -1;
  private long lastDraw;

  TrainingBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void onStep(TrainingProgress p) {
    long now = System.nanoTime();
    double done = p.fractionDone();
    if (startFraction < 0) {
      start = now;
      startFraction = done - 1.0 / ((double) p.epochs() * p.stepsPerEpoch());
    }
    if (now - lastDraw < REDRAW_NANOS && p.step() < p.stepsPerEpoch()) {
      return;
    }
    lastDraw = now;
    int filled = (int) Math.round(done * WIDTH);
    double seconds = (now - start) / 1e9;
    double eta = seconds * (1 - done) / (done - startFraction);
    out.printf("\repoch %d/%d [%s%s] %3.0f%% loss %.4f %,.0f samples/s ETA %s ",
        p.epoch(), p.epochs(), "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done,
        p.loss(), p.samplesPerSecond(), clock(eta));
    out.flush();
  }

  @Override
  public void onEpochEnd(TrainingProgress p) {
    out.printf("\repoch %d/%d: mean loss %.5f, %,.0f samples/s%s%n", p.epoch(), p.epochs(),
        p.loss(), p.samplesPerSecond(), " ".repeat(WIDTH + 20));
    out.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
