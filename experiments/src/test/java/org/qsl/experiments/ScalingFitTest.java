package org.qsl.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScalingFitTest {
  private static final double[] N = IntStream.rangeClosed(4, 16).asDoubleStream().toArray();
  private static final double NOISE = 0.1;

  /** P(n) = exp(lnP(n) + e), e ~ N(0, NOISE^2) drawn with a fixed seed. */
  private static double[] noisy(DoubleUnaryOperator lnP, long seed) {
    Random random = new Random(seed);
    return IntStream.range(0, N.length)
        .mapToDouble(i -> Math.exp(lnP.applyAsDouble(N[i]) + NOISE * random.nextGaussian()))
        .toArray();
  }

  /** The standard error of a least-squares slope: sigma / sqrt(sum (x - mean x)^2). */
  private static double slopeError(DoubleUnaryOperator x) {
    double[] xs = IntStream.range(0, N.length).mapToDouble(i -> x.applyAsDouble(N[i])).toArray();
    double mean = IntStream.range(0, xs.length).mapToDouble(i -> xs[i]).average().orElseThrow();
    double sxx = IntStream.range(0, xs.length).mapToDouble(i -> (xs[i] - mean) * (xs[i] - mean))
        .sum();
    return NOISE / Math.sqrt(sxx);
  }

  @Test
  void handWorkedThreePoints() {
    // ln P = 0, 1, 3 at n = 1, 2, 3: mean x 2, mean y 4/3, Sxy 3, Sxx 2 -> slope 3/2,
    // intercept 4/3 - 3 = -5/3; residuals 1/6, -1/3, 1/6 -> RSS 1/6; SST 14/3 -> R^2 27/28.
    ScalingFit fit = ScalingFit.of(new double[] {1, 2, 3},
        new double[] {1, Math.E, Math.exp(3)});
    ScalingFit.Law e = fit.exponential();
    assertEquals(1.5, e.slope(), 1e-12);
    assertEquals(-5.0 / 3, e.intercept(), 1e-12);
    assertEquals(1.0 / 6, e.residualSumOfSquares(), 1e-12);
    assertEquals(27.0 / 28, e.rSquared(), 1e-12);
    assertEquals(3 * Math.log(1.0 / 18) + 6, e.aic(), 1e-12);
    assertEquals(Math.exp(-5.0 / 3 + 1.5 * 2), e.predict(2), 1e-12);
  }

  @Test
  void noiseFreeLawsAreRecoveredExactly() {
    double[] exponential = IntStream.range(0, N.length).mapToDouble(i -> Math.exp(1 + 0.7 * N[i]))
        .toArray();
    ScalingFit e = ScalingFit.of(N, exponential);
    assertEquals(0.7, e.exponential().slope(), 1e-12);
    assertEquals(1, e.exponential().intercept(), 1e-10);
    assertEquals(1, e.exponential().rSquared(), 1e-12);
    assertEquals("exponential", e.preferred().name());

    double[] cubic = IntStream.range(0, N.length).mapToDouble(i -> 5 * Math.pow(N[i], 3))
        .toArray();
    ScalingFit p = ScalingFit.of(N, cubic);
    assertEquals(3, p.polynomial().slope(), 1e-12);
    assertEquals(Math.log(5), p.polynomial().intercept(), 1e-10);
    assertEquals(5 * Math.pow(20, 3), p.polynomial().predict(20), 1e-6);
    assertEquals("polynomial", p.preferred().name());
  }

  @Test
  void noisyExponentialIsRecognised() {
    ScalingFit fit = ScalingFit.of(N, noisy(n -> 1 + 0.5 * n, 42));
    // 4 standard errors: a random seed would fail this with probability 6e-5.
    double se = slopeError(n -> n);
    assertEquals(0.5, fit.exponential().slope(), 4 * se);
    assertEquals(se, fit.exponential().slopeStandardError(), 0.5 * se);
    assertTrue(fit.exponential().rSquared() > 0.99, () -> "R^2 " + fit.exponential().rSquared());
    assertEquals("exponential", fit.preferred().name());
    assertTrue(fit.aicDifference() > 10, () -> "AIC difference " + fit.aicDifference());
  }

  @Test
  void noisyPolynomialIsRecognised() {
    ScalingFit fit = ScalingFit.of(N, noisy(n -> Math.log(3) + 3 * Math.log(n), 7));
    double se = slopeError(Math::log);
    assertEquals(3, fit.polynomial().slope(), 4 * se);
    assertTrue(fit.polynomial().rSquared() > 0.99, () -> "R^2 " + fit.polynomial().rSquared());
    assertEquals("polynomial", fit.preferred().name());
    assertTrue(fit.aicDifference() > 10, () -> "AIC difference " + fit.aicDifference());
  }

  @Test
  void refusesTooFewOrNonPositivePoints() {
    assertThrows(IllegalArgumentException.class,
        () -> ScalingFit.of(new double[] {4, 5}, new double[] {10, 20}));
    assertThrows(IllegalArgumentException.class,
        () -> ScalingFit.of(new double[] {4, 4, 4}, new double[] {10, 20, 30}));
    assertThrows(IllegalArgumentException.class,
        () -> ScalingFit.of(new double[] {4, 5, 6}, new double[] {10, 0, 30}));
    assertThrows(IllegalArgumentException.class,
        () -> ScalingFit.of(new double[] {4, 5, 6}, new double[] {10, 20}));
  }
}
