package org.qsl.learners.adversarial;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;

import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Double-precision matrix products on row-major Java arrays by the OpenBLAS that ND4J's CPU
 * backend bundles. The networks here are small (tens to hundreds of units), where ND4J's per-op
 * set-up costs as much as the arithmetic; one BLAS call per product on heap arrays avoids it
 * (measured 6-8x faster than a vectorised Java loop for 128x64 times 64x64).
 */
final class Gemm {
  private Gemm() {}

  /**
   * Sets OpenBLAS (ND4J's, process-wide) to one thread and leaves it so. Products of this size do
   * not gain from threads: on a busy machine waking them cost more than the arithmetic (a GAN
   * step ran 3.5x faster single-threaded with other jobs on both cores); threaded products round
   * differently, so results would depend on the machine; and switching the count back and forth
   * costs 2-5 ms a time (measured). The LSTM learner makes the same setting.
   */
  static void useOneThread() {
    Blas blas = Nd4j.factory().blas();
    if (blas.getMaxThreads() != 1) {
      blas.setMaxThreads(1);
    }
  }

  /**
   * {@code c = op(a) op(b) + beta c} with op(a) m x k, op(b) k x n and c m x n, all row-major;
   * op transposes when asked ({@code a} is then stored k x m, {@code b} n x k).
   */
  static void product(double[] a, boolean transA, double[] b, boolean transB, int m, int n, int k,
      double beta, double[] c) {
    if (m == 0 || n == 0) {
      return;
    }
    if ((long) m * k > a.length || (long) k * n > b.length || (long) m * n > c.length) {
      throw new IllegalArgumentException("gemm shapes " + m + "x" + k + " times " + k + "x" + n
          + " do not fit arrays of " + a.length + ", " + b.length + ", " + c.length);
    }
    cblas_dgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans,
        transB ? CblasTrans : CblasNoTrans, m, n, k, 1, a, transA ? m : k, b, transB ? k : n,
        beta, c, n);
  }
}
