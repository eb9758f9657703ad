package org.qsl.learners.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;

class BlasTest {

  private static Matrix random(DataType type, int rows, int cols, SplittableRandom random) {
    Matrix m = Matrix.zeros(type, rows, cols);
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = random.nextInt(-4, 5); // small integers: every product and sum is exact
    }
    m.set(v);
    return m;
  }

  /** Element (r, c) of op(m), by definition. */
  private static double at(double[] m, int cols, boolean trans, int r, int c) {
    return trans ? m[c * cols + r] : m[r * cols + c];
  }

  /** Windows with strides (inner blocks of larger arrays), every transposition, beta 0 and 1. */
  @ParameterizedTest
  @CsvSource({"false,false,0", "true,false,1", "false,true,1", "true,true,0"})
  void gemmOnWindowsEqualsTheDefinition(boolean transA, boolean transB, double beta) {
    for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      SplittableRandom random = new SplittableRandom(9);
      int m = 3;
      int k = 4;
      int n = 5;
      Matrix a = random(type, 7, 9, random).rows(2, transA ? k : m).cols(3, transA ? m : k);
      Matrix b = random(type, 8, 8, random).rows(1, transB ? n : k).cols(2, transB ? k : n);
      Matrix c = random(type, 6, 10, random).rows(1, m).cols(4, n);
      double[] av = a.toDoubles();
      double[] bv = b.toDoubles();
      double[] expected = c.toDoubles();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double sum = beta * expected[i * n + j];
          for (int l = 0; l < k; l++) {
            sum += at(av, a.cols(), transA, i, l) * at(bv, b.cols(), transB, l, j);
          }
          expected[i * n + j] = sum;
        }
      }
      Blas.gemm(a, transA, b, transB, beta, c);
      assertArrayEquals(expected, c.toDoubles(), 0);
    }
  }

  @ParameterizedTest
  @CsvSource({"3,4,5,5", "3,4,4,6"})
  void refusesMismatchedShapes(int m, int k, int kb, int n) {
    Matrix a = Matrix.zeros(DataType.FLOAT, m, k);
    Matrix b = Matrix.zeros(DataType.FLOAT, kb, n);
    Matrix c = Matrix.zeros(DataType.FLOAT, m, 5);
    assertThrows(IllegalArgumentException.class, () -> Blas.gemm(a, false, b, false, 0, c));
  }
}
