package org.qsl.learners;

import java.util.SplittableRandom;

/**
 * One optimisation step, as handed to {@link EpochLearner#trainStep}.
 *
 * @param epoch 1-based epoch
 * @param step 1-based step within the epoch
 * @param iteration 0-based count of the steps before this one in the whole run (an optimiser's
 *     bias-correction counter; it continues across a resume)
 * @param random this epoch's stream for the learner's own random choices (noise, Gibbs chains,
 *     seeding ND4J's generator); derived from (seed, epoch) so it is the same after a resume
 */
public record Step(int epoch, int step, int iteration, SplittableRandom random) {

  /**
   * Returns {@code loss} if it is finite; otherwise stops training. Learners call this before
   * they update any parameter with the gradient of {@code loss}.
   *
   * @throws TrainingDivergedException if {@code loss} is NaN or infinite
   */
  public double check(double loss) {
    if (!Double.isFinite(loss)) {
      throw new TrainingDivergedException(epoch, step, loss);
    }
    return loss;
  }
}
