package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * A batch of Markov chains of a {@link Dbm} run by block Gibbs sampling: the odd layer h1 is
 * drawn given the even layers (v, h2), then v and h2 given h1. The state between sweeps is the
 * even layers; h1 is redrawn from them at the start of every sweep, so weights may change between
 * sweeps (persistent chains).
 */
final class GibbsChains {
  final int rows;
  /** Visible states, rows x n, 0/1. */
  final double[] v;
  /** Second hidden layer states, rows x h2, 0/1. */
  final double[] h2;
  /** First hidden layer states of the last sweep, rows x h1, 0/1. */
  final double[] h1;
  private final double[] in1;
  private final double[] inV;
  private final double[] in2;

  GibbsChains(Dbm dbm, int rows) {
    this.rows = rows;
    v = new double[rows * dbm.visible];
    h1 = new double[rows * dbm.hidden1];
    h2 = new double[rows * dbm.hidden2];
    in1 = new double[h1.length];
    inV = new double[v.length];
    in2 = new double[h2.length];
  }

  /** Sets every even-layer unit to 0 or 1 with probability 1/2. */
  void randomise(SplittableRandom rng) {
    for (double[] layer : new double[][] {v, h2}) {
      for (int i = 0; i < layer.length; i++) {
        layer[i] = rng.nextBoolean() ? 1 : 0;
      }
    }
  }

  /** One sweep: h1 ~ p(h1 | v, h2), then v ~ p(v | h1) and h2 ~ p(h2 | h1). */
  void sweep(Dbm dbm, SplittableRandom rng) {
    hidden1Probabilities(dbm, in1);
    Dense.bernoulli(in1, in1.length, rng, h1);
    dbm.visibleInput(h1, rows, inV);
    Logistic.sigmoid(inV, inV.length);
    Dense.bernoulli(inV, inV.length, rng, v);
    dbm.hidden2Input(h1, rows, in2);
    Logistic.sigmoid(in2, in2.length);
    Dense.bernoulli(in2, in2.length, rng, h2);
  }

  /** {@code out = p(h1 = 1 | v, h2)} of the current states (rows x h1). */
  void hidden1Probabilities(Dbm dbm, double[] out) {
    dbm.hidden1Input(v, h2, rows, out);
    Logistic.sigmoid(out, rows * dbm.hidden1);
  }
}
