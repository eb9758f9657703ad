package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.qsl.learners.TrainingListener;
import org.qsl.learners.TrainingProgress;

/**
 * Shows training on a {@link ConsoleProgress}: one unit per optimisation step, counted over the
 * steps this run still has to do (so a run resumed from a checkpoint estimates its ETA from its own
 * pace), with the epoch, the last step's loss and the last epoch's mean loss as the message. A
 * resumed run says where it resumed.
 */
final class TrainingBar implements TrainingListener, AutoCloseable {
  private final PrintWriter err;
  private ConsoleProgress progress;
  /** Steps done before this run (from a checkpoint). */
  private long stepsBefore;
  private String lastEpoch = "";
  private double lastEpochLoss = Double.NaN;

  TrainingBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onStep(TrainingProgress p) {
    long step = (long) (p.epoch() - 1) * p.stepsPerEpoch() + p.step();
    if (progress == null) {
      stepsBefore = step - 1;
      if (stepsBefore > 0) {
        err.printf("resuming at epoch %d/%d, step %d, from the checkpoint%n", p.epoch(),
            p.epochs(), p.step());
      }
      progress = ConsoleProgress.start(
          "training", (long) p.epochs() * p.stepsPerEpoch() - stepsBefore, err);
    }
    progress.message(String.format(Locale.ROOT, "epoch %d/%d, loss %.4f%s", p.epoch(),
        p.epochs(), p.loss(), lastEpoch));
    progress.stepTo(step - stepsBefore);
  }

  @Override
  public void onEpochEnd(TrainingProgress p) {
    lastEpochLoss = p.loss();
    lastEpoch = String.format(Locale.ROOT, " (epoch %d: mean %.4f, %.0f samples/s)", p.epoch(),
        p.loss(), p.samplesPerSecond());
  }

  @Override
  public void onWarning(String message) {
    if (progress != null) {
      progress.note("warning: " + message);
    } else {
      err.println("warning: " + message);
    }
  }

  /** The mean loss of the last epoch trained in this run, or NaN if none was. */
  double lastEpochLoss() {
    return lastEpochLoss;
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
