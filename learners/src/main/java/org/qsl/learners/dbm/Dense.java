package org.qsl.learners.dbm;

import java.util.SplittableRandom;

/**
 * Row-major dense kernels for batches of layer states (a batch of r states of width c is a
 * {@code double[r * c]}). With the {@code jdk.incubator.vector} module present
 * ({@code --add-modules jdk.incubator.vector}) products run on the Vector API in whichever form
 * keeps the longer dimension in the vector lanes: dot products along a long inner dimension,
 * axpy rows along a long output row. Without it they are scalar axpy loops, which the JIT
 * vectorises only partly.
 */
final class Dense {
  /** Whether the Vector API is in this JVM. */
  static final boolean VECTOR =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private Dense() {}

  /**
   * {@code out += x w} for x (rows x inner) and w (inner x cols), given also wt, the transpose of
   * w. Zero entries of x are skipped in the axpy form: sampled binary states are half zeros.
   */
  static void mulAdd(double[] x, int rows, int inner, double[] w, double[] wt, int cols,
      double[] out) {
    if (VECTOR) {
      if (inner >= cols) {
        VectorKernels.gemmNt(x, rows, inner, wt, cols, 1, out);
      } else {
        VectorKernels.gemmNn(x, rows, inner, w, cols, out);
      }
      return;
    }
    scalarMulAdd(x, rows, inner, w, cols, out);
  }

  /** {@link #mulAdd}'s scalar form: axpy rows, skipping zero entries of x. */
  static void scalarMulAdd(double[] x, int rows, int inner, double[] w, int cols, double[] out) {
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

  /** {@code g += scale * x' y}: x (rows x p), y (rows x q), g (p x q). */
  static void outerAccumulate(
      double[] x, int rows, int p, double[] y, int q, double scale, double[] g) {
    if (p == 0 || q == 0) {
      return; // g is empty (an RBM's h1 x h2 block)
    }
    if (VECTOR) {
      // Dot products along the batch, on transposed copies (rows * (p + q) values).
      double[] xt = new double[rows * p];
      double[] yt = new double[rows * q];
      transpose(x, rows, p, xt);
      transpose(y, rows, q, yt);
      VectorKernels.gemmNt(xt, p, rows, yt, q, scale, g);
      return;
    }
    scalarOuterAccumulate(x, rows, p, y, q, scale, g);
  }

  /** {@link #outerAccumulate}'s scalar form. */
  static void scalarOuterAccumulate(
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

  /** {@code x[r, :] = bias + factor * x[r, :]} for x (rows x bias.length). */
  static void scaleAndShiftRows(double[] x, int rows, double factor, double[] bias) {
    int cols = bias.length;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        x[r * cols + c] = bias[c] + factor * x[r * cols + c];
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

  /** {@code t[j * rows + i] = m[i * cols + j]} for the first rows x cols entries of m. */
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
