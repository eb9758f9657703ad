package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The products against triple loops, for shapes that take each form (long inner dimension, long
 * rows, lengths that are not multiples of the vector width), on the path this JVM runs and on the
 * scalar path.
 */
class DenseTest {
  private static final int[][] SHAPES = {{3, 64, 8}, {5, 8, 64}, {7, 37, 13}, {1, 1, 1}, {4, 0, 5}};

  private static double[] random(int length, SplittableRandom rng, boolean binary) {
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      x[i] = binary ? rng.nextInt(2) : Dbm.gaussian(rng);
    }
    return x;
  }

  @Test
  void mulAddIsTheMatrixProduct() {
    SplittableRandom rng = new SplittableRandom(1);
    for (int[] s : SHAPES) {
      int rows = s[0];
      int inner = s[1];
      int cols = s[2];
      for (boolean binary : new boolean[] {false, true}) {
        double[] x = random(rows * inner, rng, binary);
        double[] w = random(inner * cols, rng, false);
        double[] wt = new double[w.length];
        Dense.transpose(w, inner, cols, wt);
        double[] start = random(rows * cols, rng, false);
        double[] expected = start.clone();
        for (int r = 0; r < rows; r++) {
          for (int c = 0; c < cols; c++) {
            for (int i = 0; i < inner; i++) {
              expected[r * cols + c] += x[r * inner + i] * w[i * cols + c];
            }
          }
        }
        double[] active = start.clone();
        Dense.mulAdd(x, rows, inner, w, wt, cols, active);
        double[] scalar = start.clone();
        Dense.scalarMulAdd(x, rows, inner, w, cols, scalar);
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i], active[i], 1e-12);
          assertEquals(expected[i], scalar[i], 1e-12);
        }
      }
    }
  }

  @Test
  void outerAccumulateAddsScaledCrossProducts() {
    SplittableRandom rng = new SplittableRandom(2);
    for (int[] s : SHAPES) {
      int rows = s[0];
      int p = s[1];
      int q = s[2];
      double[] x = random(rows * p, rng, false);
      double[] y = random(rows * q, rng, false);
      double[] start = random(p * q, rng, false);
      double[] expected = start.clone();
      for (int i = 0; i < p; i++) {
        for (int c = 0; c < q; c++) {
          for (int r = 0; r < rows; r++) {
            expected[i * q + c] += -0.3 * x[r * p + i] * y[r * q + c];
          }
        }
      }
      double[] active = start.clone();
      Dense.outerAccumulate(x, rows, p, y, q, -0.3, active);
      double[] scalar = start.clone();
      Dense.scalarOuterAccumulate(x, rows, p, y, q, -0.3, scalar);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], active[i], 1e-12);
        assertEquals(expected[i], scalar[i], 1e-12);
      }
    }
  }
}
