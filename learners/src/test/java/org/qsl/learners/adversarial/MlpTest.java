package org.qsl.learners.adversarial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The hand-written gradients of {@link Mlp} against central differences. */
class MlpTest {
  private static final double H = 1e-6;

  private static double[] gaussians(SplittableRandom random, int count) {
    double[] a = new double[count];
    for (int i = 0; i < count; i++) {
      a[i] = random.nextGaussian();
    }
    return a;
  }

  private static Mlp network(SplittableRandom random, int... widths) {
    Mlp mlp = new Mlp(widths);
    mlp.initialise(random);
    // non-zero biases, so that their gradients are exercised too
    for (double[] p : mlp.parameters()) {
      for (int i = 0; i < p.length; i++) {
        p[i] += 0.3 * random.nextGaussian();
      }
    }
    return mlp;
  }

  /** Central differences of {@code f} in every parameter, flattened. */
  private static double[] numericalGradient(Mlp mlp, DoubleSupplier f) {
    double[] g = new double[(int) mlp.parameterCount()];
    int k = 0;
    for (double[] p : mlp.parameters()) {
      for (int i = 0; i < p.length; i++) {
        g[k++] = centralDifference(p, i, f);
      }
    }
    return g;
  }

  private static double centralDifference(double[] values, int i, DoubleSupplier f) {
    double v = values[i];
    values[i] = v + H;
    double up = f.getAsDouble();
    values[i] = v - H;
    double down = f.getAsDouble();
    values[i] = v;
    return (up - down) / (2 * H);
  }

  private static double[] flatGradient(Mlp mlp) {
    return Tensors.flatten(mlp.gradients()).toDoubleVector();
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void parameterCountIsWeightsAndBiases() {
    assertEquals(3 * 5 + 5 + 5 * 4 + 4 + 4 * 2 + 2, Mlp.parameterCount(3, 5, 4, 2));
    assertEquals(Mlp.parameterCount(3, 5, 4, 2), Tensors.size(new Mlp(3, 5, 4, 2).parameters()));
    assertThrows(IllegalArgumentException.class, () -> Mlp.parameterCount(3));
    assertThrows(IllegalArgumentException.class, () -> new Mlp(3, 0, 1));
  }

  @Test
  void forwardIsLeakyReluLayersAndALinearOutput() {
    Mlp mlp = new Mlp(2, 2, 1);
    // W1 = [[1, -1], [2, 0]], b1 = [0, 0.5], W2 = [[1], [3]], b2 = [-1]
    double[][] p = mlp.parameters();
    System.arraycopy(new double[] {1, -1, 2, 0}, 0, p[0], 0, 4);
    System.arraycopy(new double[] {0, 0.5}, 0, p[1], 0, 2);
    System.arraycopy(new double[] {1, 3}, 0, p[2], 0, 2);
    p[3][0] = -1;
    // row 1: z1 = (3, -0.5) -> (3, -0.1); out = 3 - 0.3 - 1 = 1.7
    // row 2: z1 = (-1, 1.5) -> (-0.2, 1.5); out = -0.2 + 4.5 - 1 = 3.3
    assertArrayEquals(new double[] {1.7, 3.3}, mlp.forward(new double[] {1, 1, -1, 0}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> mlp.forward(new double[] {1, 2, 3}));
  }

  @Test
  void backwardMatchesCentralDifferences() {
    SplittableRandom random = new SplittableRandom(1);
    Mlp mlp = network(random, 3, 5, 4, 2);
    double[] x = gaussians(random, 6 * 3);
    double[] weights = gaussians(random, 6 * 2);
    DoubleSupplier loss = () -> dot(mlp.forward(x), weights);
    mlp.forward(x);
    mlp.zeroGradients();
    double[] dx = mlp.backward(weights);
    assertArrayEquals(numericalGradient(mlp, loss), flatGradient(mlp), 1e-7);
    double[] numericalDx = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      numericalDx[i] = centralDifference(x, i, loss);
    }
    assertArrayEquals(numericalDx, dx, 1e-7);
  }

  @Test
  void inputGradientLeavesTheParameterGradientAlone() {
    SplittableRandom random = new SplittableRandom(2);
    Mlp mlp = network(random, 3, 4, 1);
    double[] x = gaussians(random, 5 * 3);
    double[] dOut = gaussians(random, 5);
    mlp.forward(x);
    mlp.zeroGradients();
    double[] viaBackward = mlp.backward(dOut);
    mlp.zeroGradients();
    assertArrayEquals(viaBackward, mlp.inputGradient(dOut));
    assertEquals(0, dot(flatGradient(mlp), flatGradient(mlp)));
  }

  @Test
  void gradientPenaltyAndItsGradientMatchCentralDifferences() {
    SplittableRandom random = new SplittableRandom(3);
    for (int[] widths : new int[][] {{4, 6, 5, 1}, {4, 1}, {3, 7, 1}}) {
      Mlp mlp = network(random, widths);
      int in = widths[0];
      double[] x = gaussians(random, 7 * in);
      mlp.zeroGradients();
      double value = mlp.gradientPenalty(x, 10);
      double[] analytic = flatGradient(mlp);

      // the penalty from input gradients taken by central differences through forward()
      double expected = 0;
      for (int r = 0; r < 7; r++) {
        double[] row = java.util.Arrays.copyOfRange(x, r * in, (r + 1) * in);
        double norm2 = 0;
        for (int c = 0; c < in; c++) {
          double d = centralDifference(row, c, () -> mlp.forward(row)[0]);
          norm2 += d * d;
        }
        expected += 10 * Math.pow(Math.sqrt(norm2) - 1, 2) / 7;
      }
      assertEquals(expected, value, 1e-6);
      assertArrayEquals(numericalGradient(mlp, () -> mlp.gradientPenalty(x, 10)), analytic, 1e-6);
    }
  }
}
