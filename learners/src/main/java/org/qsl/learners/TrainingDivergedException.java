package org.qsl.learners;

/** Training stopped because the loss became NaN or infinite; names the epoch and step. */
public final class TrainingDivergedException extends RuntimeException {

  /** @param epoch 1-based epoch; @param step 1-based step; @param loss the offending loss */
  public TrainingDivergedException(int epoch, int step, double loss) {
    super("training diverged: loss is " + loss + " at epoch " + epoch + ", step " + step
        + " (try a smaller learning rate)");
  }
}
