package org.qsl.learners.product;

import org.qsl.learners.LearnerConfig;

/**
 * Settings of the {@link ProductLearner}.
 *
 * @param epochs passes over the data (default 5)
 * @param batchSize samples per Adam step (default 64)
 * @param learningRate Adam's step size (default 0.01)
 * @param seed master seed (default 0); only the shuffling is random
 */
public record ProductConfig(int epochs, int batchSize, double learningRate, long seed)
    implements LearnerConfig {

  /** The defaults. */
  public static final ProductConfig DEFAULTS = new ProductConfig(5, 64, 0.01, 0);

  /** Checks the ranges. */
  public ProductConfig {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
  }
}
