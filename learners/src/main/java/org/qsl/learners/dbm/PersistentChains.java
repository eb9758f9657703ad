package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * The persistent Gibbs chains ("fantasy particles") of joint training, in groups of
 * {@value #GROUP} swept in parallel, each group with a stream split from the update's stream in
 * group order (so the result does not depend on the thread count). Their statistics are summed in
 * group order.
 */
final class PersistentChains {
  /** Chains per group. */
  static final int GROUP = 25;

  final int rows;
  final GibbsChains[] groups;
  /** p(h1 | v, h2) of each group's current states, after {@link #sweep}. */
  private final double[][] hidden1;

  PersistentChains(Dbm dbm, int chains) {
    rows = chains;
    int count = (chains + GROUP - 1) / GROUP;
    groups = new GibbsChains[count];
    hidden1 = new double[count][];
    for (int g = 0; g < count; g++) {
      int size = Math.min(GROUP, chains - g * GROUP);
      groups[g] = new GibbsChains(dbm, size);
      hidden1[g] = new double[size * dbm.hidden1];
    }
  }

  /** Starts every chain at the visible rows of {@code data} (cycled), with h2 ~ mean field. */
  void start(Dbm dbm, double[] data, int size, MeanField meanField, SplittableRandom rng) {
    int n = dbm.visible;
    int c = 0;
    for (GibbsChains g : groups) {
      for (int r = 0; r < g.rows; r++, c++) {
        System.arraycopy(data, (c % size) * n, g.v, r * n, n);
      }
      double[] mu1 = new double[g.rows * dbm.hidden1];
      double[] mu2 = new double[g.rows * dbm.hidden2];
      meanField.infer(dbm, g.v, g.rows, mu1, mu2);
      Dense.bernoulli(mu2, mu2.length, rng, g.h2);
    }
  }

  /** Every chain from uniform random states. */
  void randomise(SplittableRandom rng) {
    for (GibbsChains g : groups) {
      g.randomise(rng);
    }
  }

  /** Advances every chain {@code sweeps} sweeps, then computes p(h1 | v, h2) of its state. */
  void sweep(Dbm dbm, int sweeps, SplittableRandom rng) {
    ChainGroups.run(rows, GROUP, rng.nextLong(), (first, size, random) -> {
      int g = first / GROUP;
      for (int s = 0; s < sweeps; s++) {
        groups[g].sweep(dbm, random);
      }
      groups[g].hidden1Probabilities(dbm, hidden1[g]);
    });
  }

  /** Adds {@code scale} times the summed statistics (v, p(h1 | v, h2), h2) of all chains. */
  void addStatistics(SufficientStatistics gradient, double scale) {
    for (int g = 0; g < groups.length; g++) {
      gradient.add(groups[g].v, hidden1[g], groups[g].h2, groups[g].rows, scale);
    }
  }
}
