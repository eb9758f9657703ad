package org.qsl.learners.argan;

/** How the AR-GAN's generator gradient crosses its sampled bits (see {@link SequenceGradients}). */
public enum SequenceEstimator {
  /** REINFORCE with a leave-one-out baseline: unbiased, higher variance. */
  REINFORCE,
  /**
   * Straight-through Gumbel with an annealed temperature: lower variance, biased (the path
   * through later conditionals is not differentiated).
   */
  GUMBEL
}
