package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The log-likelihood gradient assembled from {@link SufficientStatistics} (data expectations
 * minus model expectations) against central differences of the exact mean log-likelihood.
 */
class GradientTest {
  private static final long[] DATA = {3, 5, 5, 12, 15, 0, 9};

  /** Mean log-likelihood of DATA under m, by brute-force summation over all states. */
  static double logLikelihood(Dbm m) {
    double[] logp = BruteForce.logUnnormalised(m);
    double logZ = ExactMarginals.logSumExp(logp);
    double s = 0;
    for (long v : DATA) {
      s += logp[(int) v] - logZ;
    }
    return s / DATA.length;
  }

  /** Central-difference gradient of {@link #logLikelihood}; error O(h^2) ~ 1e-10. */
  static double[][] numericalGradient(Dbm m) {
    double h = 1e-5;
    double[][] p = m.parameters();
    double[][] g = new double[p.length][];
    for (int a = 0; a < p.length; a++) {
      g[a] = new double[p[a].length];
      for (int i = 0; i < p[a].length; i++) {
        double keep = p[a][i];
        p[a][i] = keep + h;
        m.syncTransposes();
        double up = logLikelihood(m);
        p[a][i] = keep - h;
        m.syncTransposes();
        double down = logLikelihood(m);
        p[a][i] = keep;
        m.syncTransposes();
        g[a][i] = (up - down) / (2 * h);
      }
    }
    return g;
  }

  /** Adds {@code scale * weight(v, h1, h2)} times the statistics of every joint state. */
  static void addJointStates(Dbm m, SufficientStatistics stats, double[][] weights,
      double scale) {
    double[] v = new double[m.visible];
    double[] h1 = new double[m.hidden1];
    double[] h2 = new double[m.hidden2];
    for (int x = 0; x < weights.length; x++) {
      m.toVisible(x, v, 0);
      for (int h = 0; h < weights[x].length; h++) {
        for (int j = 0; j < m.hidden1; j++) {
          h1[j] = h >>> j & 1;
        }
        for (int k = 0; k < m.hidden2; k++) {
          h2[k] = h >>> (m.hidden1 + k) & 1;
        }
        stats.add(v, h1, h2, 1, scale * weights[x][h]);
      }
    }
  }

  /** Exact gradient: posterior expectations on DATA minus joint expectations. */
  static SufficientStatistics exactGradient(Dbm m) {
    double[][] joint = BruteForce.joint(m);
    double[][] posterior = new double[joint.length][joint[0].length];
    for (long v : DATA) {
      double pv = 0;
      for (double p : joint[(int) v]) {
        pv += p;
      }
      for (int h = 0; h < joint[0].length; h++) {
        posterior[(int) v][h] += joint[(int) v][h] / pv / DATA.length;
      }
    }
    SufficientStatistics stats = new SufficientStatistics(m);
    addJointStates(m, stats, posterior, 1);
    addJointStates(m, stats, joint, -1);
    return stats;
  }

  static void assertGradientsEqual(double[][] expected, double[][] actual, double tolerance) {
    for (int a = 0; a < expected.length; a++) {
      for (int i = 0; i < expected[a].length; i++) {
        assertEquals(expected[a][i], actual[a][i], tolerance, "parameter block " + a + ", " + i);
      }
    }
  }

  @Test
  void dbmGradientOfExactExpectationsMatchesNumericalGradient() {
    Dbm m = BruteForce.randomMachine(4, 3, 2, 0.8, 11);
    assertGradientsEqual(numericalGradient(m), exactGradient(m).values, 1e-8);
  }

  @Test
  void rbmGradientWithMeanFieldPositivePhaseMatchesNumericalGradient() {
    // For an RBM the posterior factorises, so the mean-field positive phase is exact.
    Dbm m = BruteForce.randomMachine(4, 3, 0, 0.8, 12);
    double[] data = new double[DATA.length * m.visible];
    for (int r = 0; r < DATA.length; r++) {
      m.toVisible(DATA[r], data, r * m.visible);
    }
    double[] mu1 = new double[DATA.length * m.hidden1];
    new MeanField(50, 1e-12).infer(m, data, DATA.length, mu1, new double[0]);
    SufficientStatistics stats = new SufficientStatistics(m);
    stats.add(data, mu1, new double[0], DATA.length, 1.0 / DATA.length);
    addJointStates(m, stats, BruteForce.joint(m), -1);
    assertGradientsEqual(numericalGradient(m), stats.values, 1e-8);
  }
}
