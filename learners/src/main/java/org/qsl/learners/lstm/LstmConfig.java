package org.qsl.learners.lstm;

import org.qsl.learners.LearnerConfig;

/**
 * Settings of the {@link LstmLearner}. The defaults are those of the paper's reference code
 * ({@code run_lm.py}), apart from the start token.
 *
 * @param layers stacked LSTM layers (default 1)
 * @param units hidden units per layer (default 256)
 * @param epochs passes over the training data (default 20)
 * @param batchSize samples per optimisation step (default 64)
 * @param learningRate the optimiser's step size (default 1e-3)
 * @param optimiser the optimiser (default Adam)
 * @param startToken how the first step is marked: {@link StartToken#CHANNEL} (default, a start
 *     flag input distinct from a 0 bit) or {@link StartToken#ZERO} (the reference code's 0.0)
 * @param seed master seed of initialisation and shuffling (default 0)
 */
public record LstmConfig(int layers, int units, int epochs, int batchSize, double learningRate,
    Optimiser optimiser, StartToken startToken, long seed) implements LearnerConfig {

  /** The defaults. */
  public static final LstmConfig DEFAULTS =
      new LstmConfig(1, 256, 20, 64, 1e-3, Optimiser.ADAM, StartToken.CHANNEL, 0);

  /** Checks the ranges. */
  public LstmConfig {
    if (layers < 1 || units < 1 || epochs < 1 || batchSize < 1) {
      throw new IllegalArgumentException("layers, units, epochs and batch size must be >= 1, got "
          + layers + ", " + units + ", " + epochs + ", " + batchSize);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
    }
    if (optimiser == null || startToken == null) {
      throw new IllegalArgumentException("optimiser and start token must be given");
    }
  }
}
