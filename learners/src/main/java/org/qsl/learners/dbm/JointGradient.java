package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * The gradient estimate of joint DBM training (Salakhutdinov and Hinton 2009): the data
 * expectations from the mean-field posterior of each training vector, the model expectations
 * from persistent Gibbs chains (PCD, "stochastic approximation") advanced a few sweeps per update.
 * Model statistics use p(h1 | v, h2) of the chains' even layers rather than sampled h1.
 */
final class JointGradient {
  private final MeanField meanField;
  private final PersistentChains chains;
  private final int sweeps;
  private double[] mu1 = new double[0];
  private double[] mu2 = new double[0];
  private double[] reconstruction = new double[0];

  /**
   * @param chains the persistent chains (their state carries over between updates)
   * @param sweeps Gibbs sweeps of the chains per update
   */
  JointGradient(MeanField meanField, PersistentChains chains, int sweeps) {
    this.meanField = meanField;
    this.chains = chains;
    this.sweeps = sweeps;
  }

  /**
   * Adds the gradient estimate for the visible rows {@code data} to {@code gradient}.
   *
   * @return the mean cross-entropy of the mean-field reconstruction p(v | mu1) against the data
   */
  double estimate(Dbm dbm, double[] data, int rows, SufficientStatistics gradient,
      SplittableRandom rng) {
    if (mu1.length < rows * dbm.hidden1) {
      mu1 = new double[rows * dbm.hidden1];
      mu2 = new double[rows * dbm.hidden2];
      reconstruction = new double[rows * dbm.visible];
    }
    meanField.infer(dbm, data, rows, mu1, mu2);
    gradient.add(data, mu1, mu2, rows, 1.0 / rows);
    dbm.visibleInput(mu1, rows, reconstruction);
    double loss = ContrastiveDivergence.crossEntropy(data, reconstruction, rows * dbm.visible);
    chains.sweep(dbm, sweeps, rng);
    chains.addStatistics(gradient, -1.0 / chains.rows);
    return loss / rows;
  }
}
