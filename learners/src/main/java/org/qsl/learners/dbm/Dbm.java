package org.qsl.learners.dbm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The parameters of a binary deep Boltzmann machine with visible layer v (n units) and hidden
 * layers h1 and h2, with energy
 *
 * <pre>
 *   E(v, h1, h2) = -a.v - b1.h1 - b2.h2 - v' W1 h1 - h1' W2 h2
 * </pre>
 *
 * and the conditionals used by Gibbs sampling and mean field. An RBM is the case h2 = 0: every
 * formula below then reduces to the RBM's. Visible unit i is qubit i, so bit {@code n - 1 - i} of
 * a bitstring's integer value.
 *
 * <p>Weights are row-major: {@code w1[i * h1 + j]}, {@code w2[j * h2 + k]}. Transposed copies
 * keep every batched product in axpy form; call {@link #syncTransposes()} after changing weights.
 */
final class Dbm {
  final int visible;
  final int hidden1;
  final int hidden2;
  final double[] visibleBias;
  final double[] hidden1Bias;
  final double[] hidden2Bias;
  final double[] w1;
  final double[] w2;
  final double[] w1t;
  final double[] w2t;

  /** A machine with all parameters zero (the uniform distribution). */
  Dbm(int visible, int hidden1, int hidden2) {
    if (visible < 1 || hidden1 < 1 || hidden2 < 0) {
      throw new IllegalArgumentException("layer sizes must be visible >= 1, hidden1 >= 1, "
          + "hidden2 >= 0; got " + visible + ", " + hidden1 + ", " + hidden2);
    }
    this.visible = visible;
    this.hidden1 = hidden1;
    this.hidden2 = hidden2;
    visibleBias = new double[visible];
    hidden1Bias = new double[hidden1];
    hidden2Bias = new double[hidden2];
    w1 = new double[Math.multiplyExact(visible, hidden1)];
    w2 = new double[Math.multiplyExact(hidden1, hidden2)];
    w1t = new double[w1.length];
    w2t = new double[w2.length];
  }

  /** The parameter arrays in a fixed order: a, b1, b2, W1, W2. */
  double[][] parameters() {
    return new double[][] {visibleBias, hidden1Bias, hidden2Bias, w1, w2};
  }

  /** Zero arrays shaped like {@link #parameters()} (gradients, momentum increments). */
  double[][] zerosLikeParameters() {
    double[][] p = parameters();
    double[][] z = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      z[i] = new double[p[i].length];
    }
    return z;
  }

  /** Number of parameters: weights and biases. */
  long parameterCount() {
    return (long) visible + hidden1 + hidden2 + w1.length + w2.length;
  }

  /** Recomputes the transposed weight copies. */
  void syncTransposes() {
    Dense.transpose(w1, visible, hidden1, w1t);
    Dense.transpose(w2, hidden1, hidden2, w2t);
  }

  /** {@code out = b1 + v W1 + h2 W2'} for {@code rows} states: the input to h1. */
  void hidden1Input(double[] v, double[] h2, int rows, double[] out) {
    Dense.fillRows(hidden1Bias, rows, out);
    addTimesW1(v, rows, out);
    Dense.mulAdd(h2, rows, hidden2, w2t, w2, hidden1, out);
  }

  /** {@code out = a + h1 W1'}: the input to v. */
  void visibleInput(double[] h1, int rows, double[] out) {
    Dense.fillRows(visibleBias, rows, out);
    addTimesW1t(h1, rows, out);
  }

  /** {@code out = b2 + h1 W2}: the input to h2. */
  void hidden2Input(double[] h1, int rows, double[] out) {
    Dense.fillRows(hidden2Bias, rows, out);
    Dense.mulAdd(h1, rows, hidden1, w2, w2t, hidden2, out);
  }

  /** {@code out += v W1} for {@code rows} visible rows. */
  void addTimesW1(double[] v, int rows, double[] out) {
    Dense.mulAdd(v, rows, visible, w1, w1t, hidden1, out);
  }

  /** {@code out += h1 W1'} for {@code rows} rows of h1. */
  void addTimesW1t(double[] h1, int rows, double[] out) {
    Dense.mulAdd(h1, rows, hidden1, w1t, w1, visible, out);
  }

  /**
   * log p*(v, h2) with h1 summed out analytically,
   * {@code a.v + b2.h2 + sum_j softplus(b1 + v W1 + h2 W2')_j}, for {@code rows} states;
   * {@code scratch} holds rows x h1 values.
   */
  void logUnnormalised(double[] v, double[] h2, int rows, double[] scratch, double[] out) {
    hidden1Input(v, h2, rows, scratch);
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int i = 0; i < visible; i++) {
        s += visibleBias[i] * v[r * visible + i];
      }
      for (int k = 0; k < hidden2; k++) {
        s += hidden2Bias[k] * h2[r * hidden2 + k];
      }
      out[r] = s + Logistic.softplusSum(scratch, r * hidden1, (r + 1) * hidden1);
    }
  }

  /**
   * Sets this machine to {@code (1 - beta) base + beta target}, parameter by parameter: the path
   * of annealed importance sampling.
   */
  void interpolate(Dbm base, Dbm target, double beta) {
    double[][] p = parameters();
    double[][] b = base.parameters();
    double[][] t = target.parameters();
    for (int a = 0; a < p.length; a++) {
      for (int i = 0; i < p[a].length; i++) {
        p[a][i] = (1 - beta) * b[a][i] + beta * t[a][i];
      }
    }
    syncTransposes();
  }

  /** Initialises weights from N(0, scale^2) and sets every bias to zero. */
  void randomise(double scale, SplittableRandom rng) {
    for (double[] p : parameters()) {
      Arrays.fill(p, 0);
    }
    for (double[] w : new double[][] {w1, w2}) {
      for (int i = 0; i < w.length; i++) {
        w[i] = scale * gaussian(rng);
      }
    }
    syncTransposes();
  }

  /** Writes visible unit values of {@code bitstring} into {@code row} from {@code offset}. */
  void toVisible(long bitstring, double[] row, int offset) {
    for (int i = 0; i < visible; i++) {
      row[offset + i] = (bitstring >>> (visible - 1 - i)) & 1;
    }
  }

  /** The bitstring of the 0/1 visible row at {@code offset}. */
  long toBitstring(double[] row, int offset) {
    long b = 0;
    for (int i = 0; i < visible; i++) {
      b = (b << 1) | (row[offset + i] != 0 ? 1 : 0);
    }
    return b;
  }

  static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  /**
   * A standard normal deviate by Box-Muller. Kept instead of RandomGenerator.nextGaussian()
   * because seeded initial weights (and the defaults measured with them) depend on these draws.
   */
  static double gaussian(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }
}
