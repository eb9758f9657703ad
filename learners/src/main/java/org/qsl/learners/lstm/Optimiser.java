package org.qsl.learners.lstm;

import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** The optimisers the LSTM can train with, ND4J's implementations with their default settings. */
public enum Optimiser {
  /** Adam (beta1 0.9, beta2 0.999, epsilon 1e-8): the reference code's choice. */
  ADAM,
  /** Adamax, the reference code's alternative ({@code --use_adamax}). */
  ADAMAX,
  /** Adam with Nesterov momentum. */
  NADAM,
  /** RMSProp (decay 0.95, epsilon 1e-8). */
  RMSPROP,
  /** Plain stochastic gradient descent. */
  SGD;

  /**
   * The optimiser for {@code size} single-precision parameters: Adam is {@link HeapAdam} (same
   * arithmetic as ND4J's, faster), the others are ND4J's updaters.
   */
  ParameterOptimiser create(long size, double learningRate) {
    return this == ADAM ? new HeapAdam(size, learningRate)
        : new Nd4jOptimiser(updater(learningRate), size);
  }

  /** ND4J's updater configuration with {@code learningRate}, for the optimisers other than Adam. */
  IUpdater updater(double learningRate) {
    switch (this) {
      case ADAMAX:
        return new AdaMax(learningRate);
      case NADAM:
        return new Nadam(learningRate);
      case RMSPROP:
        return new RmsProp(learningRate);
      case SGD:
        return new Sgd(learningRate);
      default:
        throw new AssertionError(this);
    }
  }
}
