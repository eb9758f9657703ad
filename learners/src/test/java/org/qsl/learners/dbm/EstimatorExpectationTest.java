package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The stochastic gradient estimators average to their exact expectations, computed by
 * enumeration on tiny models. Tolerance: 5 standard errors of the mean, each estimated from
 * independent replicates (a false failure has probability below 1e-6 per component).
 */
class EstimatorExpectationTest {
  private static final long[] DATA = {1, 6, 6, 3};

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** p(h | v) of an RBM whose hidden input v W is multiplied by {@code up}. */
  static double[] hiddenGivenVisible(Dbm m, long v, double up) {
    double[] p = new double[1 << m.hidden1];
    for (int h = 0; h < p.length; h++) {
      p[h] = 1;
      for (int j = 0; j < m.hidden1; j++) {
        double in = m.hidden1Bias[j];
        for (int i = 0; i < m.visible; i++) {
          in += up * BruteForce.visibleBit(m, v, i) * m.w1[i * m.hidden1 + j];
        }
        p[h] *= (h >>> j & 1) == 1 ? sigmoid(in) : 1 - sigmoid(in);
      }
    }
    return p;
  }

  /** p(v | h) of an RBM whose visible input h W' is multiplied by {@code down}. */
  static double visibleGivenHidden(Dbm m, long v, int h, double down) {
    double p = 1;
    for (int i = 0; i < m.visible; i++) {
      double in = m.visibleBias[i];
      for (int j = 0; j < m.hidden1; j++) {
        in += down * (h >>> j & 1) * m.w1[i * m.hidden1 + j];
      }
      p *= BruteForce.visibleBit(m, v, i) == 1 ? sigmoid(in) : 1 - sigmoid(in);
    }
    return p;
  }

  /** Adds {@code scale} times the statistics v, p(h_j = 1 | v), v p(h_j = 1 | v)'. */
  static void addStatistics(Dbm m, long v, double up, double scale, double[][] g) {
    double[] ph = hiddenGivenVisible(m, v, up);
    for (int j = 0; j < m.hidden1; j++) {
      double hj = 0;
      for (int h = 0; h < ph.length; h++) {
        hj += (h >>> j & 1) * ph[h];
      }
      g[1][j] += scale * hj;
      for (int i = 0; i < m.visible; i++) {
        g[3][i * m.hidden1 + j] += scale * BruteForce.visibleBit(m, v, i) * hj;
      }
    }
    for (int i = 0; i < m.visible; i++) {
      g[0][i] += scale * BruteForce.visibleBit(m, v, i);
    }
  }

  /** The exact expectation of the CD-k estimate on DATA. */
  static double[][] exactCd(Dbm m, int k, double up, double down) {
    double[][] g = new SufficientStatistics(m).values;
    int states = 1 << m.visible;
    for (long v0 : DATA) {
      addStatistics(m, v0, up, 1.0 / DATA.length, g);
      double[] dist = new double[states];
      dist[(int) v0] = 1;
      for (int step = 0; step < k; step++) {
        double[] next = new double[states];
        for (int v = 0; v < states; v++) {
          double[] ph = hiddenGivenVisible(m, v, up);
          for (int h = 0; h < ph.length; h++) {
            for (int w = 0; w < states; w++) {
              next[w] += dist[v] * ph[h] * visibleGivenHidden(m, w, h, down);
            }
          }
        }
        dist = next;
      }
      for (int v = 0; v < states; v++) {
        addStatistics(m, v, up, -dist[v] / DATA.length, g);
      }
    }
    return g;
  }

  /** Means of replicates of an estimator, asserted within 5 standard errors of {@code exact}. */
  static void assertUnbiased(double[][] exact, int replicates, Consumer<SufficientStatistics> one,
      Dbm shape) {
    SufficientStatistics s = new SufficientStatistics(shape);
    double[][] sum = new SufficientStatistics(shape).values;
    double[][] sumSq = new SufficientStatistics(shape).values;
    for (int r = 0; r < replicates; r++) {
      s.clear();
      one.accept(s);
      for (int a = 0; a < sum.length; a++) {
        for (int i = 0; i < sum[a].length; i++) {
          sum[a][i] += s.values[a][i];
          sumSq[a][i] += s.values[a][i] * s.values[a][i];
        }
      }
    }
    for (int a = 0; a < sum.length; a++) {
      for (int i = 0; i < sum[a].length; i++) {
        double mean = sum[a][i] / replicates;
        double var = (sumSq[a][i] / replicates - mean * mean) * replicates / (replicates - 1);
        double se = Math.sqrt(var / replicates);
        assertTrue(Math.abs(mean - exact[a][i]) <= 5 * se + 1e-12,
            "block " + a + " entry " + i + ": " + mean + " vs exact " + exact[a][i] + " (se "
                + se + ")");
      }
    }
  }

  private static double[] rows(Dbm m, long[] bitstrings) {
    double[] x = new double[bitstrings.length * m.visible];
    for (int r = 0; r < bitstrings.length; r++) {
      m.toVisible(bitstrings[r], x, r * m.visible);
    }
    return x;
  }

  @Test
  void contrastiveDivergenceAveragesToItsEnumeratedExpectation() {
    Dbm rbm = BruteForce.randomMachine(3, 2, 0, 1.0, 31);
    double[] data = rows(rbm, DATA);
    double[][] factors = {{1, 1}, {2, 1}, {1, 2}};
    for (int k = 1; k <= 2; k++) {
      for (double[] f : factors) {
        ContrastiveDivergence cd = new ContrastiveDivergence(k, f[0], f[1]);
        SplittableRandom rng = new SplittableRandom(100 * k + (long) (10 * f[0] + f[1]));
        assertUnbiased(exactCd(rbm, k, f[0], f[1]), 8_000,
            s -> cd.estimate(rbm, data, DATA.length, s, rng), rbm);
      }
    }
  }

  @Test
  void persistentChainGradientAveragesToMeanFieldMinusModelExpectation() {
    for (int h2 : new int[] {0, 2}) {
      Dbm m = BruteForce.randomMachine(4, 3, h2, 0.7, 40 + h2);
      double[] data = rows(m, DATA);
      // Positive phase: mean field is deterministic (and exact for h2 = 0).
      double[] mu1 = new double[DATA.length * m.hidden1];
      double[] mu2 = new double[DATA.length * m.hidden2];
      new MeanField(100, 1e-12).infer(m, data, DATA.length, mu1, mu2);
      SufficientStatistics exact = new SufficientStatistics(m);
      exact.add(data, mu1, mu2, DATA.length, 1.0 / DATA.length);
      GradientTest.addJointStates(m, exact, BruteForce.joint(m), -1);
      // Each replicate is a fresh set of 64 chains burnt in for 20 sweeps (in three parallel
      // groups), so replicates are independent.
      SplittableRandom rng = new SplittableRandom(50 + h2);
      assertUnbiased(exact.values, 1_000, s -> {
        PersistentChains chains = new PersistentChains(m, 64);
        chains.randomise(rng);
        chains.sweep(m, 20, rng);
        new JointGradient(new MeanField(100, 1e-12), chains, 1)
            .estimate(m, data, DATA.length, s, rng);
      }, m);
    }
  }
}
