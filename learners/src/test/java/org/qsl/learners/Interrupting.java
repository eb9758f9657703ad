package org.qsl.learners;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: records every step and epoch end, and throws {@link IllegalStateException} after
 * the given epoch or step (of any epoch), as an interruption would; -1 never.
 */
public final class Interrupting implements TrainingListener {
  /** The progress of every step, in order. */
  public final List<TrainingProgress> steps = new ArrayList<>();
  /** The summaries of the finished epochs, in order. */
  public final List<TrainingProgress> epochs = new ArrayList<>();
  private final int afterEpoch;
  private final int afterStep;

  public Interrupting(int afterEpoch, int afterStep) {
    this.afterEpoch = afterEpoch;
    this.afterStep = afterStep;
  }

  /** Records and never throws. */
  public static Interrupting never() {
    return new Interrupting(-1, -1);
  }

  @Override
  public void onStep(TrainingProgress progress) {
    steps.add(progress);
    if (progress.step() == afterStep) {
      throw new IllegalStateException("interrupted");
    }
  }

  @Override
  public void onEpochEnd(TrainingProgress progress) {
    epochs.add(progress);
    if (progress.epoch() == afterEpoch) {
      throw new IllegalStateException("interrupted");
    }
  }
}
