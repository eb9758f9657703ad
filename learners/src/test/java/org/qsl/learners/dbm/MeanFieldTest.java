package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanFieldTest {

  /** -F(mu): expected -E under q plus the entropy of q, a lower bound on log p*(v). */
  static double negFreeEnergy(Dbm m, double[] v, double[] mu1, double[] mu2) {
    double s = 0;
    for (int i = 0; i < m.visible; i++) {
      s += m.visibleBias[i] * v[i];
      for (int j = 0; j < m.hidden1; j++) {
        s += v[i] * m.w1[i * m.hidden1 + j] * mu1[j];
      }
    }
    for (int j = 0; j < m.hidden1; j++) {
      s += m.hidden1Bias[j] * mu1[j] + entropy(mu1[j]);
      for (int k = 0; k < m.hidden2; k++) {
        s += mu1[j] * m.w2[j * m.hidden2 + k] * mu2[k];
      }
    }
    for (int k = 0; k < m.hidden2; k++) {
      s += m.hidden2Bias[k] * mu2[k] + entropy(mu2[k]);
    }
    return s;
  }

  static double entropy(double p) {
    return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
  }

  @Test
  void fixedPointIsAStationaryPointOfTheBoundAndBelowTheExactMarginal() {
    Dbm m = BruteForce.randomMachine(6, 5, 4, 0.6, 21);
    double[] logp = ExactMarginals.logUnnormalisedAll(m);
    MeanField mf = new MeanField(1000, 1e-13);
    for (long x : new long[] {0, 13, 42, 63}) {
      double[] v = new double[m.visible];
      m.toVisible(x, v, 0);
      double[] mu1 = new double[m.hidden1];
      double[] mu2 = new double[m.hidden2];
      int iterations = mf.infer(m, v, 1, mu1, mu2);
      assertTrue(iterations < 1000, "converged");
      // Fixed-point equations, written out from the energy.
      for (int j = 0; j < m.hidden1; j++) {
        double in = m.hidden1Bias[j];
        for (int i = 0; i < m.visible; i++) {
          in += v[i] * m.w1[i * m.hidden1 + j];
        }
        for (int k = 0; k < m.hidden2; k++) {
          in += m.w2[j * m.hidden2 + k] * mu2[k];
        }
        assertEquals(1 / (1 + Math.exp(-in)), mu1[j], 1e-11);
      }
      for (int k = 0; k < m.hidden2; k++) {
        double in = m.hidden2Bias[k];
        for (int j = 0; j < m.hidden1; j++) {
          in += mu1[j] * m.w2[j * m.hidden2 + k];
        }
        assertEquals(1 / (1 + Math.exp(-in)), mu2[k], 1e-11);
      }
      // Stationarity: numerical derivatives of -F in every mean vanish (central differences).
      double h = 1e-6;
      for (double[] mu : new double[][] {mu1, mu2}) {
        for (int j = 0; j < mu.length; j++) {
          double keep = mu[j];
          mu[j] = keep + h;
          double up = negFreeEnergy(m, v, mu1, mu2);
          mu[j] = keep - h;
          double down = negFreeEnergy(m, v, mu1, mu2);
          mu[j] = keep;
          assertEquals(0, (up - down) / (2 * h), 1e-7);
        }
      }
      double bound = negFreeEnergy(m, v, mu1, mu2);
      assertTrue(bound <= logp[(int) x] + 1e-12, bound + " <= " + logp[(int) x]);
      assertTrue(bound > logp[(int) x] - 1.0, "the bound is not vacuous");
    }
  }

  @Test
  void rbmMeanFieldIsTheExactPosterior() {
    Dbm m = BruteForce.randomMachine(5, 4, 0, 1.0, 22);
    double[][] joint = BruteForce.joint(m);
    for (int x = 0; x < 32; x += 7) {
      double[] v = new double[m.visible];
      m.toVisible(x, v, 0);
      double[] mu1 = new double[m.hidden1];
      new MeanField(10, 1e-12).infer(m, v, 1, mu1, new double[0]);
      double pv = 0;
      double[] marginal = new double[m.hidden1];
      for (int h = 0; h < joint[x].length; h++) {
        pv += joint[x][h];
        for (int j = 0; j < m.hidden1; j++) {
          marginal[j] += (h >>> j & 1) * joint[x][h];
        }
      }
      for (int j = 0; j < m.hidden1; j++) {
        assertEquals(marginal[j] / pv, mu1[j], 1e-12);
      }
    }
  }
}
