package org.qsl.learners.autoregressive;

import org.qsl.circuits.samples.SampleSet;
import org.qsl.learners.ExactLikelihood;

/**
 * A model that factorises p(x) = prod_k p(x_k | x_0 .. x_{k-1}) over bits, qubit 0 first, and
 * gives the conditionals for batches of prefixes. Exact likelihoods, the full distribution and
 * ancestral sampling follow from that once, here, for every such model (LSTM, AR-GAN, ...).
 *
 * <p>A learner implementing this gets {@link ExactLikelihood} for free and implements
 * {@code Learner.sample} as {@code return ancestralSample(count, seed);}.
 */
public interface Autoregressive extends ExactLikelihood {

  /** Number of bits n. */
  int qubits();

  /** The batch holding the single empty prefix. */
  PrefixBatch root();

  /**
   * The most prefixes evaluated in one batch; bounds the working memory of the walks (an LSTM
   * holds its state for about n / 2 batches of this size at once).
   */
  default int maxBatch() {
    return 1 << 14;
  }

  @Override
  default double logProbability(long bitstring) {
    return logProbabilities(new long[] {bitstring})[0];
  }

  /** Evaluated in batches of {@link #maxBatch()}. */
  @Override
  default double[] logProbabilities(long[] bitstrings) {
    return PrefixWalks.logProbabilities(this, bitstrings);
  }

  /** Walks the prefix tree once, level by level, each prefix evaluated once. */
  @Override
  default double[] distribution() {
    return PrefixWalks.distribution(this);
  }

  /** Draws {@code count} bitstrings bit by bit; the same seed gives the same samples. */
  default SampleSet ancestralSample(int count, long seed) {
    return PrefixWalks.sample(this, count, seed);
  }
}
