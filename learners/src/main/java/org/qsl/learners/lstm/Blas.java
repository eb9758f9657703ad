package org.qsl.learners.lstm;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Matrix products on {@link Matrix} windows, by the OpenBLAS that ND4J's CPU backend calls itself
 * (the same {@code cblas_?gemm} entry points), without ND4J's per-call op set-up and with leading
 * dimensions, so that a time step's rows of a sequence buffer are used in place.
 */
final class Blas {
  private Blas() {}

  /**
   * {@code c = op(a) op(b) + beta c}, where op transposes when asked.
   *
   * @throws IllegalArgumentException if the shapes or types do not match
   */
  static void gemm(Matrix a, boolean transA, Matrix b, boolean transB, double beta, Matrix c) {
    int m = transA ? a.cols() : a.rows();
    int k = transA ? a.rows() : a.cols();
    int kb = transB ? b.cols() : b.rows();
    int n = transB ? b.rows() : b.cols();
    if (k != kb || c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException("gemm shapes: " + m + "x" + k + " times " + kb + "x" + n
          + " into " + c.rows() + "x" + c.cols());
    }
    DataType type = c.type();
    if (a.type() != type || b.type() != type) {
      throw new IllegalArgumentException("gemm types: " + a.type() + ", " + b.type() + ", " + type);
    }
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) { // an empty sum: c = beta c
      double[] v = c.toDoubles();
      for (int i = 0; i < v.length; i++) {
        v[i] *= beta;
      }
      c.set(v);
      return;
    }
    int ta = transA ? CblasTrans : CblasNoTrans;
    int tb = transB ? CblasTrans : CblasNoTrans;
    if (type == DataType.FLOAT) {
      cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1f, a.floatPointer(), a.stride(),
          b.floatPointer(), b.stride(), (float) beta, c.floatPointer(), c.stride());
    } else if (type == DataType.DOUBLE) {
      cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1, a.doublePointer(), a.stride(),
          b.doublePointer(), b.stride(), beta, c.doublePointer(), c.stride());
    } else {
      throw new IllegalArgumentException("gemm on " + type + " arrays");
    }
  }
}
