package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The array functions, on the path this JVM runs and on the scalar path, against closed forms. */
class LogisticTest {

  private static double[] inputs() {
    // 37 entries: not a multiple of any vector length, with tails far beyond exp's range.
    SplittableRandom rng = new SplittableRandom(1);
    double[] x = new double[37];
    for (int i = 0; i < x.length; i++) {
      x[i] = 6 * Dbm.gaussian(rng);
    }
    x[3] = 800;
    x[4] = -800;
    x[5] = 0;
    x[36] = -30;
    return x;
  }

  @Test
  void sigmoidMatchesItsDefinition() {
    double[] x = inputs();
    double[] active = x.clone();
    Logistic.sigmoid(active, x.length - 1);
    double[] scalar = x.clone();
    Logistic.scalarSigmoid(scalar, x.length - 1);
    for (double[] y : new double[][] {active, scalar}) {
      for (int i = 0; i < x.length - 1; i++) {
        double expected =
            x[i] >= 0 ? 1 / (1 + Math.exp(-x[i])) : Math.exp(x[i]) / (1 + Math.exp(x[i]));
        assertEquals(expected, y[i], 1e-15 * expected + Double.MIN_VALUE, "x = " + x[i]);
      }
      assertEquals(x[x.length - 1], y[y.length - 1], "beyond length untouched");
    }
  }

  @Test
  void softplusSumMatchesItsDefinition() {
    double[] x = inputs();
    double expected = 0;
    for (int i = 2; i < 35; i++) {
      // log(1 + e^x) = x + log(1 + e^-x) for x > 0
      expected += x[i] > 0 ? x[i] + Math.log1p(Math.exp(-x[i])) : Math.log1p(Math.exp(x[i]));
    }
    assertEquals(expected, Logistic.softplusSum(x, 2, 35), 1e-13 * Math.abs(expected));
    assertEquals(expected, Logistic.scalarSoftplusSum(x, 2, 35), 1e-13 * Math.abs(expected));
  }
}
