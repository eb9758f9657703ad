package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * Reference computations by summing exp(-E) over every joint state (v, h1, h2) of a tiny
 * machine, written directly from the energy function rather than from the conditionals the
 * production code uses. It is not wholly independent of it: it borrows
 * {@link ExactMarginals#logSumExp} for the sums and {@link Dbm#gaussian} for random machines.
 */
final class BruteForce {
  private BruteForce() {}

  /** A machine with every weight and bias drawn from N(0, scale^2). */
  static Dbm randomMachine(int n, int h1, int h2, double scale, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Dbm dbm = new Dbm(n, h1, h2);
    for (double[] p : dbm.parameters()) {
      for (int i = 0; i < p.length; i++) {
        p[i] = scale * Dbm.gaussian(rng);
      }
    }
    dbm.syncTransposes();
    return dbm;
  }

  /** -E(v, h1, h2), each layer an integer (hidden unit j = bit j, visible unit i = qubit i). */
  static double negEnergy(Dbm m, long v, long h1, long h2) {
    double s = 0;
    for (int i = 0; i < m.visible; i++) {
      double vi = visibleBit(m, v, i);
      s += m.visibleBias[i] * vi;
      for (int j = 0; j < m.hidden1; j++) {
        s += vi * m.w1[i * m.hidden1 + j] * (h1 >>> j & 1);
      }
    }
    for (int j = 0; j < m.hidden1; j++) {
      double hj = h1 >>> j & 1;
      s += m.hidden1Bias[j] * hj;
      for (int k = 0; k < m.hidden2; k++) {
        s += hj * m.w2[j * m.hidden2 + k] * (h2 >>> k & 1);
      }
    }
    for (int k = 0; k < m.hidden2; k++) {
      s += m.hidden2Bias[k] * (h2 >>> k & 1);
    }
    return s;
  }

  static double visibleBit(Dbm m, long v, int i) {
    return v >>> (m.visible - 1 - i) & 1;
  }

  /** log p*(v) for every v, by summing over all h1 and h2. */
  static double[] logUnnormalised(Dbm m) {
    double[] out = new double[1 << m.visible];
    double[] terms = new double[1 << (m.hidden1 + m.hidden2)];
    for (int v = 0; v < out.length; v++) {
      for (int h = 0; h < terms.length; h++) {
        terms[h] = negEnergy(m, v, h & ((1 << m.hidden1) - 1), h >>> m.hidden1);
      }
      out[v] = ExactMarginals.logSumExp(terms);
    }
    return out;
  }

  /** The joint distribution p(v, h1, h2), indexed [v][h1 + 2^h1 * h2]. */
  static double[][] joint(Dbm m) {
    int hs = 1 << (m.hidden1 + m.hidden2);
    double[][] p = new double[1 << m.visible][hs];
    double max = Double.NEGATIVE_INFINITY;
    for (int v = 0; v < p.length; v++) {
      for (int h = 0; h < hs; h++) {
        p[v][h] = negEnergy(m, v, h & ((1 << m.hidden1) - 1), h >>> m.hidden1);
        max = Math.max(max, p[v][h]);
      }
    }
    double z = 0;
    for (double[] row : p) {
      for (int h = 0; h < hs; h++) {
        row[h] = Math.exp(row[h] - max);
        z += row[h];
      }
    }
    for (double[] row : p) {
      for (int h = 0; h < hs; h++) {
        row[h] /= z;
      }
    }
    return p;
  }
}
