package org.qsl.learners.dbm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The CD-k gradient estimate of one RBM of the greedy pre-training stack (a {@link Dbm} with
 * h2 = 0). To pre-train a two-layer DBM, Salakhutdinov and Hinton (2009) double one direction of
 * each RBM: the first sees two tied copies of the visibles (hidden input {@code b + 2 v W}), the
 * second two tied copies of its hiddens (visible input {@code a + 2 h W'}), so that each layer
 * receives the input it will get from both neighbours in the DBM. The doubling is the
 * {@code upFactor}/{@code downFactor} here (1 and 1 for a plain RBM).
 *
 * <p>Statistics use hidden probabilities where the chain has them (Rao-Blackwellised):
 * positive {@code v0' p(h | v0)}, negative {@code vk' p(h | vk)} with vk the k-th sampled
 * reconstruction.
 */
final class ContrastiveDivergence {
  private final int steps;
  private final double upFactor;
  private final double downFactor;
  private double[] hidden = new double[0];
  private double[] hiddenStates = new double[0];
  private double[] visible = new double[0];
  private double[] visibleStates = new double[0];

  /**
   * @param steps k, the Gibbs steps from the data
   * @param upFactor multiplies v W in the hidden input
   * @param downFactor multiplies h W' in the visible input
   */
  ContrastiveDivergence(int steps, double upFactor, double downFactor) {
    if (steps < 1) {
      throw new IllegalArgumentException("CD-k needs k >= 1, got " + steps);
    }
    this.steps = steps;
    this.upFactor = upFactor;
    this.downFactor = downFactor;
  }

  /**
   * Adds the CD-k estimate of the mean log-likelihood gradient over the rows of {@code data} to
   * {@code gradient}.
   *
   * @return the mean cross-entropy of the first reconstruction p(v | h0) against the data
   */
  double estimate(Dbm rbm, double[] data, int rows, SufficientStatistics gradient,
      SplittableRandom rng) {
    int p = rbm.visible;
    int q = rbm.hidden1;
    ensureCapacity(rows * p, rows * q);
    double[] none = new double[0];
    hiddenProbabilities(rbm, data, rows);
    gradient.add(data, hidden, none, rows, 1.0 / rows);
    double loss = 0;
    for (int step = 1; step <= steps; step++) {
      Dense.bernoulli(hidden, rows * q, rng, hiddenStates);
      visibleInput(rbm, rows);
      if (step == 1) {
        loss = crossEntropy(data, visible, rows * p) / rows;
      }
      Logistic.sigmoid(visible, rows * p);
      Dense.bernoulli(visible, rows * p, rng, visibleStates);
      hiddenProbabilities(rbm, visibleStates, rows);
    }
    gradient.add(visibleStates, hidden, none, rows, -1.0 / rows);
    return loss;
  }

  /**
   * The hidden means {@code sigmoid(b + upFactor * v W)} of the rows of {@code v}: the data of
   * the next RBM up the stack. The array is this estimator's buffer (rows x h, possibly longer),
   * valid until its next call.
   */
  double[] hiddenMeans(Dbm rbm, double[] v, int rows) {
    ensureCapacity(0, rows * rbm.hidden1);
    hiddenProbabilities(rbm, v, rows);
    return hidden;
  }

  /** {@code hidden = sigmoid(b + upFactor * v W)}. */
  private void hiddenProbabilities(Dbm rbm, double[] v, int rows) {
    int q = rbm.hidden1;
    Arrays.fill(hidden, 0, rows * q, 0);
    rbm.addTimesW1(v, rows, hidden);
    Dense.scaleAndShiftRows(hidden, rows, upFactor, rbm.hidden1Bias);
    Logistic.sigmoid(hidden, rows * q);
  }

  /** {@code visible = a + downFactor * h W'} (the input, not yet squashed). */
  private void visibleInput(Dbm rbm, int rows) {
    int p = rbm.visible;
    Arrays.fill(visible, 0, rows * p, 0);
    rbm.addTimesW1t(hiddenStates, rows, visible);
    Dense.scaleAndShiftRows(visible, rows, downFactor, rbm.visibleBias);
  }

  /**
   * Cross-entropy of targets t (0/1 or means) against sigmoid(x), from the inputs x:
   * {@code t softplus(-x) + (1 - t) softplus(x) = softplus(x) - t x}, stable for any x.
   */
  static double crossEntropy(double[] t, double[] x, int length) {
    double s = Logistic.softplusSum(x, 0, length);
    for (int i = 0; i < length; i++) {
      s -= t[i] * x[i];
    }
    return s;
  }

  private void ensureCapacity(int visibles, int hiddens) {
    if (visible.length < visibles) {
      visible = new double[visibles];
      visibleStates = new double[visibles];
    }
    if (hidden.length < hiddens) {
      hidden = new double[hiddens];
      hiddenStates = new double[hiddens];
    }
  }
}
