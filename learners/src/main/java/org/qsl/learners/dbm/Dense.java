package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * Row-major dense kernels for batches of layer states (a batch of r states of width c is a
 * {@code double[r * c]}). Every inner loop runs over contiguous memory in axpy form, which the JIT
 * vectorises; products with a transposed matrix use a transposed copy instead of dot products.
 */
final class Dense {
  private Dense() {}

  /**
   * {@code out[r, :] += sum_i x[r, i] * w[i, :]} for x (rows x inner), w (inner x cols). Zero
   * entries of x are skipped: sampled binary states are about half zeros.
   */
  static void mulAdd(double[] x, int rows, int inner, double[] w, int cols, double[] out) {
    for (int r = 0; r < rows; r++) {
      int xo = r * inner;
      int oo = r * cols;
      for (int i = 0; i < inner; i++) {
        double xi = x[xo + i];
        if (xi != 0) {
          int wo = i * cols;
          for (int c = 0; c < cols; c++) {
            out[oo + c] += xi * w[wo + c];
          }
        }
      }
    }
  }

  /** {@code g[i, :] += scale * sum_r x[r, i] * y[r, :]}: x (rows x p), y (rows x q), g (p x q). */
  static void outerAccumulate(
      double[] x, int rows, int p, double[] y, int q, double scale, double[] g) {
    for (int r = 0; r < rows; r++) {
      int xo = r * p;
      int yo = r * q;
      for (int i = 0; i < p; i++) {
        double xi = scale * x[xo + i];
        if (xi != 0) {
          int go = i * q;
          for (int c = 0; c < q; c++) {
            g[go + c] += xi * y[yo + c];
          }
        }
      }
    }
  }

  /** {@code g[:] += scale * sum_r x[r, :]}: column sums of x (rows x cols). */
  static void columnSumsAdd(double[] x, int rows, int cols, double scale, double[] g) {
    for (int r = 0; r < rows; r++) {
      int xo = r * cols;
      for (int c = 0; c < cols; c++) {
        g[c] += scale * x[xo + c];
      }
    }
  }

  /** Every row of {@code out} (rows x bias.length) set to {@code bias}. */
  static void fillRows(double[] bias, int rows, double[] out) {
    int cols = bias.length;
    for (int r = 0; r < rows; r++) {
      System.arraycopy(bias, 0, out, r * cols, cols);
    }
  }

  /** {@code t[j * rows + i] = m[i * cols + j]}: the transpose of m (rows x cols). */
  static void transpose(double[] m, int rows, int cols, double[] t) {
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        t[j * rows + i] = m[i * cols + j];
      }
    }
  }

  /** {@code out[i] = 1} with probability {@code p[i]}, else 0. */
  static void bernoulli(double[] p, int length, SplittableRandom rng, double[] out) {
    for (int i = 0; i < length; i++) {
      out[i] = rng.nextDouble() < p[i] ? 1 : 0;
    }
  }
}
