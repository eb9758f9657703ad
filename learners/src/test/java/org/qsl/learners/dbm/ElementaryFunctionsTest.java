package org.qsl.learners.dbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

/**
 * exp and log against {@link Math}'s (within 2 ulp), log1p (within 4), and the Vector API forms
 * against the scalar ones bit for bit: that equality is what makes training reproducible.
 */
class ElementaryFunctionsTest {
  private static final SplittableRandom RANDOM = new SplittableRandom(17);

  private static void assertWithinUlps(double expected, double actual, int ulps, String what) {
    assertEquals(expected, actual, ulps * Math.ulp(expected), what);
  }

  @Test
  void expIsWithinTwoUlpsOverItsWholeRange() {
    for (int i = 0; i < 100_000; i++) {
      double x = RANDOM.nextDouble(-745, 709.7);
      assertWithinUlps(Math.exp(x), ElementaryFunctions.exp(x), 2, "exp " + x);
    }
    for (double x : new double[] {0, -0.0, 1e-300, 0.5 * Math.log(2), -740.5, 709.78}) {
      assertWithinUlps(Math.exp(x), ElementaryFunctions.exp(x), 2, "exp " + x);
    }
    assertEquals(1.0, ElementaryFunctions.exp(0));
    assertEquals(Double.POSITIVE_INFINITY, ElementaryFunctions.exp(710));
    assertEquals(Double.POSITIVE_INFINITY, ElementaryFunctions.exp(Double.POSITIVE_INFINITY));
    assertEquals(0.0, ElementaryFunctions.exp(-746));
    assertEquals(0.0, ElementaryFunctions.exp(Double.NEGATIVE_INFINITY));
    assertEquals(Double.NaN, ElementaryFunctions.exp(Double.NaN));
  }

  @Test
  void logIsWithinTwoUlpsAndLog1pWithinFour() {
    for (int i = 0; i < 100_000; i++) {
      double x = Math.pow(2, RANDOM.nextDouble(-1000, 1000));
      assertWithinUlps(Math.log(x), ElementaryFunctions.log(x), 2, "log " + x);
      double y = Math.pow(2, RANDOM.nextDouble(-60, 0));
      assertWithinUlps(Math.log1p(y), ElementaryFunctions.log1p(y), 4, "log1p " + y);
    }
    assertEquals(0.0, ElementaryFunctions.log(1));
    assertEquals(0.0, ElementaryFunctions.log1p(0));
    assertEquals(1e-300, ElementaryFunctions.log1p(1e-300));
    assertWithinUlps(Math.log(2), ElementaryFunctions.log(2), 1, "log 2");
    assertWithinUlps(Math.log(Math.sqrt(2)), ElementaryFunctions.log(1.4142135623730951), 2,
        "log sqrt 2");
    assertEquals(Double.POSITIVE_INFINITY, ElementaryFunctions.log(Double.POSITIVE_INFINITY));
    assertEquals(Double.NaN, ElementaryFunctions.log(Double.NaN));
    assertEquals(Double.NaN, ElementaryFunctions.log1p(Double.NaN));
  }

  /** 1003 values (not a multiple of any vector length) spread over exp's range. */
  private static double[] inputs(double scale) {
    double[] x = new double[1003];
    for (int i = 0; i < x.length; i++) {
      x[i] = scale * Dbm.gaussian(RANDOM);
    }
    x[1] = 800;
    x[2] = -800;
    x[3] = Double.NaN;
    return x;
  }

  @Test
  void vectorFormsGiveTheBitsOfTheScalarForms() {
    assumeTrue(Dense.VECTOR, "the Vector API is not in this JVM");
    VectorSpecies<Double> species = DoubleVector.SPECIES_PREFERRED;
    for (double scale : new double[] {1, 30, 300}) {
      double[] x = inputs(scale);
      int bound = species.loopBound(x.length);
      double[] positive = new double[bound];
      double[] unit = new double[bound];
      double[][] scalar = new double[3][bound];
      double[][] vector = new double[3][bound];
      for (int i = 0; i < bound; i++) {
        positive[i] = 1 + Math.abs(x[i]) * Math.abs(x[i]);
        unit[i] = ElementaryFunctions.exp(-Math.abs(x[i]));
        scalar[0][i] = ElementaryFunctions.exp(x[i]);
        scalar[1][i] = ElementaryFunctions.log(positive[i]);
        scalar[2][i] = ElementaryFunctions.log1p(unit[i]);
      }
      for (int i = 0; i < bound; i += species.length()) {
        VectorKernels.exp(DoubleVector.fromArray(species, x, i)).intoArray(vector[0], i);
        VectorKernels.log(DoubleVector.fromArray(species, positive, i)).intoArray(vector[1], i);
        VectorKernels.log1p(DoubleVector.fromArray(species, unit, i)).intoArray(vector[2], i);
      }
      for (int f = 0; f < 3; f++) {
        assertArrayEquals(scalar[f], vector[f], 0, "function " + f + ", scale " + scale);
      }
      double[] sigmoid = x.clone();
      Logistic.sigmoid(sigmoid, x.length);
      double[] scalarSigmoid = x.clone();
      Logistic.scalarSigmoid(scalarSigmoid, x.length);
      assertArrayEquals(scalarSigmoid, sigmoid, 0, "sigmoid");
    }
  }
}
