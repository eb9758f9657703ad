package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * Annealed importance sampling estimate of a DBM's log partition function (Salakhutdinov and
 * Murray 2008; Salakhutdinov and Hinton 2009). The path runs through the machines
 * {@code (1 - beta) A + beta B} from a base A with no weights and visible biases {@code baseBias}
 * (log Z_A = sum softplus(baseBias) + (h1 + h2) ln 2, and exact samples) to the target B. The
 * state is (v, h2) with h1 summed out analytically; each transition is one block Gibbs sweep at
 * the current temperature. The estimate is log Z_A + log mean(w) over independent runs, with the
 * delta-method standard error sd(w) / (sqrt(runs) mean(w)).
 *
 * <p>Temperatures follow Salakhutdinov's schedule, scaled to the requested count: steps of equal
 * size on [0, 0.5], [0.5, 0.9] and [0.9, 1] in proportion 500 : 4000 : 10000.
 */
final class AnnealedImportanceSampling {
  /** Runs per parallel group, each group with its own random stream. */
  private static final int GROUP = 25;

  private final int runs;
  private final double[] betas;

  /**
   * @param runs independent annealing runs (at least 2, for the standard error)
   * @param temperatures intermediate distributions (at least 3)
   */
  AnnealedImportanceSampling(int runs, int temperatures) {
    if (runs < 2 || temperatures < 3) {
      throw new IllegalArgumentException(
          "AIS needs at least 2 runs and 3 temperatures, got " + runs + " and " + temperatures);
    }
    this.runs = runs;
    this.betas = schedule(temperatures);
  }

  /** The inverse temperatures 0 = beta_0 < ... < beta_K = 1. */
  static double[] schedule(int temperatures) {
    int first = Math.max(1, Math.round(temperatures * 500f / 14500));
    int second = Math.max(1, Math.round(temperatures * 4000f / 14500));
    int third = Math.max(1, temperatures - first - second);
    double[] b = new double[first + second + third + 1];
    int k = 0;
    for (int i = 0; i < first; i++) {
      b[k++] = 0.5 * i / first;
    }
    for (int i = 0; i < second; i++) {
      b[k++] = 0.5 + 0.4 * i / second;
    }
    for (int i = 0; i < third; i++) {
      b[k++] = 0.9 + 0.1 * i / third;
    }
    b[k] = 1;
    return b;
  }

  /** Estimates log Z of {@code target}; the same seed gives the same estimate. */
  LogPartitionEstimate estimate(Dbm target, double[] baseBias, long seed) {
    Dbm base = new Dbm(target.visible, target.hidden1, target.hidden2);
    System.arraycopy(baseBias, 0, base.visibleBias, 0, target.visible);
    double logZBase = (target.hidden1 + target.hidden2) * Math.log(2);
    for (double a : baseBias) {
      logZBase += Logistic.softplus(a);
    }
    double[] logWeights = new double[runs];
    ChainGroups.run(runs, GROUP, seed, (first, rows, random) -> System.arraycopy(
        anneal(base, target, rows, random), 0, logWeights, first, rows));
    // Weights relative to the mean weight: log mean(w) = logSumExp(log w) - log runs.
    double logMean = ExactMarginals.logSumExp(logWeights) - Math.log(runs);
    double variance = 0;
    for (double w : logWeights) {
      double d = Math.exp(w - logMean) - 1;
      variance += d * d;
    }
    variance /= runs - 1;
    return new LogPartitionEstimate(logZBase + logMean, Math.sqrt(variance / runs), false);
  }

  /** The log importance weights of {@code rows} runs. */
  private double[] anneal(Dbm base, Dbm target, int rows, SplittableRandom rng) {
    Dbm previous = new Dbm(target.visible, target.hidden1, target.hidden2);
    Dbm current = new Dbm(target.visible, target.hidden1, target.hidden2);
    GibbsChains x = new GibbsChains(target, rows);
    // Exact draws from the base: independent visibles with biases a_A, uniform h2.
    x.randomise(rng);
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < target.visible; i++) {
        x.v[r * target.visible + i] =
            rng.nextDouble() < Logistic.sigmoid(base.visibleBias[i]) ? 1 : 0;
      }
    }
    double[] logW = new double[rows];
    double[] up = new double[rows];
    double[] down = new double[rows];
    double[] scratch = new double[rows * target.hidden1];
    previous.interpolate(base, target, betas[0]);
    for (int k = 1; k < betas.length; k++) {
      current.interpolate(base, target, betas[k]);
      current.logUnnormalised(x.v, x.h2, rows, scratch, up);
      previous.logUnnormalised(x.v, x.h2, rows, scratch, down);
      for (int r = 0; r < rows; r++) {
        logW[r] += up[r] - down[r];
      }
      if (k < betas.length - 1) {
        x.sweep(current, rng);
      }
      Dbm t = previous;
      previous = current;
      current = t;
    }
    return logW;
  }
}
