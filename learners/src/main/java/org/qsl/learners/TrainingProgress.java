package org.qsl.learners;

/**
 * A snapshot of training.
 *
 * @param epoch current epoch, 1-based
 * @param epochs total epochs
 * @param step step within the epoch, 1-based
 * @param stepsPerEpoch steps in an epoch
 * @param loss loss of the last step (for an epoch end: the epoch's mean loss)
 * @param samplesPerSecond training throughput over the current epoch
 */
public record TrainingProgress(
    int epoch, int epochs, int step, int stepsPerEpoch, double loss, double samplesPerSecond) {

  /** Fraction of all training steps done, in [0, 1]. */
  public double fractionDone() {
    return ((epoch - 1) * (double) stepsPerEpoch + step) / ((double) epochs * stepsPerEpoch);
  }
}
