package org.qsl.learners.dbm;

import java.util.Arrays;

/**
 * The mean-field approximation q(h1, h2 | v) = prod mu1^h1 (1 - mu1)^(1 - h1) ... of a DBM's
 * posterior, the positive phase of joint training (Salakhutdinov and Hinton 2009). Its fixed
 * point satisfies {@code mu1 = sigmoid(b1 + v W1 + mu2 W2')} and
 * {@code mu2 = sigmoid(b2 + mu1 W2)}. Iteration starts from the pre-training recognition pass
 * {@code mu1 = sigmoid(b1 + 2 v W1)} (the doubled bottom-up input of the first layer-wise RBM).
 * For an RBM (h2 = 0) the posterior factorises and one pass is exact.
 */
final class MeanField {
  private final int maxIterations;
  private final double tolerance;
  private double[] visibleInput = new double[0];
  private double[] previous = new double[0];

  /**
   * @param maxIterations upper bound on the fixed-point iterations
   * @param tolerance stop when no mean changes by more than this in an iteration
   */
  MeanField(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /**
   * Computes mu1 (rows x h1) and mu2 (rows x h2) for the visible rows {@code v}.
   *
   * @return the number of iterations run
   */
  int infer(Dbm dbm, double[] v, int rows, double[] mu1, double[] mu2) {
    int n1 = rows * dbm.hidden1;
    if (visibleInput.length < n1) {
      visibleInput = new double[n1];
      previous = new double[n1];
    }
    double[] noH2 = new double[0];
    Arrays.fill(visibleInput, 0, n1, 0);
    dbm.addTimesW1(v, rows, visibleInput);
    if (dbm.hidden2 == 0) {
      addBiasAndSquash(dbm, 1, noH2, rows, mu1);
      return 1;
    }
    addBiasAndSquash(dbm, 2, noH2, rows, mu1);
    int iteration = 0;
    double change = Double.POSITIVE_INFINITY;
    while (iteration < maxIterations && change > tolerance) {
      dbm.hidden2Input(mu1, rows, mu2);
      Logistic.sigmoid(mu2, rows * dbm.hidden2);
      System.arraycopy(mu1, 0, previous, 0, n1);
      addBiasAndSquash(dbm, 1, mu2, rows, mu1);
      change = 0;
      for (int i = 0; i < n1; i++) {
        change = Math.max(change, Math.abs(mu1[i] - previous[i]));
      }
      iteration++;
    }
    dbm.hidden2Input(mu1, rows, mu2);
    Logistic.sigmoid(mu2, rows * dbm.hidden2);
    return iteration;
  }

  /** {@code mu1 = sigmoid(b1 + factor * v W1 + mu2 W2')}. */
  private void addBiasAndSquash(Dbm dbm, double factor, double[] mu2, int rows, double[] mu1) {
    int h1 = dbm.hidden1;
    System.arraycopy(visibleInput, 0, mu1, 0, rows * h1);
    Dense.scaleAndShiftRows(mu1, rows, factor, dbm.hidden1Bias);
    if (mu2.length > 0) {
      Dense.mulAdd(mu2, rows, dbm.hidden2, dbm.w2t, dbm.w2, h1, mu1);
    }
    Logistic.sigmoid(mu1, rows * h1);
  }
}
