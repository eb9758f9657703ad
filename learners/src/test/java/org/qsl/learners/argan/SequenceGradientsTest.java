package org.qsl.learners.argan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.qsl.learners.gan.BitEstimator;

class SequenceGradientsTest {

  /**
   * A tiny autoregressive model to check estimators on: a fully visible sigmoid belief network,
   * z_t = a_t + sum_{s < t} w_ts x_s, over N bits; its parameters are a (N) then w (row t, s < t).
   */
  private record Fvsbn(double[] theta) {
    static final int N = 3;
    static final int PARAMETERS = N + N * (N - 1) / 2;

    double[] logits(long x) {
      double[] z = new double[N];
      int k = N;
      for (int t = 0; t < N; t++) {
        z[t] = theta[t];
        for (int s = 0; s < t; s++) {
          z[t] += theta[k++] * bit(x, s);
        }
      }
      return z;
    }

    static int bit(long x, int t) {
      return (int) (x >>> (N - 1 - t)) & 1;
    }

    double probability(long x) {
      double[] z = logits(x);
      double p = 1;
      for (int t = 0; t < N; t++) {
        double one = 1 / (1 + Math.exp(-z[t]));
        p *= bit(x, t) == 1 ? one : 1 - one;
      }
      return p;
    }

    long sample(SplittableRandom random) {
      long x = 0;
      for (int t = 0; t < N; t++) {
        // z_t only depends on the bits already drawn (the rest of x is still 0)
        double one = 1 / (1 + Math.exp(-logits(x)[t]));
        x |= (long) (random.nextDouble() < one ? 1 : 0) << (N - 1 - t);
      }
      return x;
    }

    /** Back-propagates logit gradients of strings to the parameters (adds into {@code out}). */
    void backward(long x, double[] dz, int at, double[] out) {
      int k = N;
      for (int t = 0; t < N; t++) {
        out[t] += dz[at + t];
        for (int s = 0; s < t; s++) {
          out[k++] += dz[at + t] * bit(x, s);
        }
      }
    }
  }

  /** An arbitrary reward of the 8 strings. */
  private static final double[] REWARD = {0.3, -1.1, 2.0, 0.7, -0.4, 1.5, 0.0, -2.2};

  @Test
  void reinforceIsUnbiasedForTheGradientOfTheExpectedReward() {
    Fvsbn model = new Fvsbn(new double[] {0.4, -0.8, 0.2, 1.1, -0.6, 0.9});
    // exact gradient of J = sum_x p(x) R(x), by enumeration and central differences
    double[] exact = new double[Fvsbn.PARAMETERS];
    double h = 1e-6;
    for (int j = 0; j < exact.length; j++) {
      double[] up = model.theta().clone();
      double[] down = model.theta().clone();
      up[j] += h;
      down[j] -= h;
      exact[j] = (expectedReward(new Fvsbn(up)) - expectedReward(new Fvsbn(down))) / (2 * h);
    }
    // REINFORCE: the surrogate loss's gradient is an estimate of -grad J; average many batches
    int batches = 20_000;
    int b = 8;
    SplittableRandom random = new SplittableRandom(17);
    double[] sum = new double[exact.length];
    double[] squares = new double[exact.length];
    for (int m = 0; m < batches; m++) {
      long[] x = new long[b];
      double[] logits = new double[b * Fvsbn.N];
      double[] rewards = new double[b];
      for (int i = 0; i < b; i++) {
        x[i] = model.sample(random);
        System.arraycopy(model.logits(x[i]), 0, logits, i * Fvsbn.N, Fvsbn.N);
        rewards[i] = REWARD[(int) x[i]];
      }
      double[] dz = new double[logits.length];
      SequenceGradients.reinforce(x, Fvsbn.N, logits, rewards, dz);
      double[] g = new double[exact.length];
      for (int i = 0; i < b; i++) {
        model.backward(x[i], dz, i * Fvsbn.N, g);
      }
      for (int j = 0; j < g.length; j++) {
        sum[j] -= g[j];
        squares[j] += g[j] * g[j];
      }
    }
    for (int j = 0; j < exact.length; j++) {
      double mean = sum[j] / batches;
      double error = Math.sqrt((squares[j] / batches - mean * mean) / batches);
      // batches are independent, so the mean is within 4 standard errors of its expectation
      // except with probability 6e-5 per parameter
      assertEquals(exact[j], mean, 4 * error, "parameter " + j + " (standard error " + error + ")");
      assertTrue(error < 0.1 * Math.abs(exact[j]) + 0.01, "too few batches to tell: " + error);
    }
  }

  private static double expectedReward(Fvsbn model) {
    double j = 0;
    for (int x = 0; x < 8; x++) {
      j += model.probability(x) * REWARD[x];
    }
    return j;
  }

  @Test
  void reinforceGradientIsTheDerivativeOfItsSurrogate() {
    long[] x = {0b101, 0b010, 0b111};
    double[] logits = {0.5, -1, 2, -0.3, 0.8, 0.1, 1.5, -0.2, 0.4};
    double[] rewards = {0.7, -1.2, 0.4};
    double[] g = new double[9];
    SequenceGradients.reinforce(x, 3, logits, rewards, g);
    assertIsTheGradient(g, logits, z -> SequenceGradients.reinforce(x, 3, z, rewards,
        new double[9]));
  }

  /** Asserts that {@code gradient} is that of {@code loss} at {@code logits} (by differences). */
  private static void assertIsTheGradient(double[] gradient, double[] logits,
      ToDoubleFunction<double[]> loss) {
    double h = 1e-6;
    for (int k = 0; k < logits.length; k++) {
      double[] up = logits.clone();
      double[] down = logits.clone();
      up[k] += h;
      down[k] -= h;
      double numerical = (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (2 * h);
      assertEquals(numerical, gradient[k], 1e-8, "logit " + k);
    }
  }

  @Test
  void maximumLikelihoodIsTheMeanNegativeLogLikelihoodWithItsGradient() {
    long[] x = {0b101, 0b010};
    double[] logits = {0.5, -1, 2, -0.3, 0.8, 0.1};
    double[] g = new double[6];
    double loss = SequenceGradients.maximumLikelihood(x, 3, logits, g);
    // by hand: -log P(1) = log(1 + e^-z), -log P(0) = log(1 + e^z)
    double expected = (Math.log1p(Math.exp(-0.5)) + Math.log1p(Math.exp(-1))
        + Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-0.3)) + Math.log1p(Math.exp(-0.8))
        + Math.log1p(Math.exp(0.1))) / 2;
    assertEquals(expected, loss, 1e-14);
    assertIsTheGradient(g, logits, z -> SequenceGradients.maximumLikelihood(x, 3, z,
        new double[6]));
  }

  @Test
  void reinforceNeedsTwoStrings() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SequenceGradients.reinforce(new long[] {1}, 3, new double[3], new double[1],
            new double[3]));
  }

  @Test
  void conditionalUniformsReproduceTheBitAndAreUniform() {
    SplittableRandom random = new SplittableRandom(5);
    int draws = 100_000;
    double[] logits = {1.3, -0.4};
    int[] bins = new int[10];
    for (int d = 0; d < draws; d++) {
      long x = 0;
      for (double z : logits) {
        x = x << 1 | (random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
      }
      double[] u = SequenceGradients.conditionalUniforms(new long[] {x}, 2, logits, random);
      double[] hard = BitEstimator.STRAIGHT_THROUGH_RELAXED.apply(logits, u, 1).values();
      assertEquals(x >>> 1, (long) hard[0]);
      assertEquals(x & 1, (long) hard[1]);
      bins[(int) (u[0] * 10)]++;
    }
    // each decile holds draws / 10 on average, binomial standard deviation 95
    for (int count : bins) {
      assertEquals(draws / 10.0, count, 5 * Math.sqrt(draws * 0.1 * 0.9));
    }
  }

  // This mirrors gumbel() and so pins only its composition (same uniforms, the estimator's slope,
  // the product); the parts are checked on their own: the uniforms above, the slopes in
  // BitEstimatorTest.
  @Test
  void gumbelGradientIsTheRelaxedSlopeTimesTheValueGradient() {
    SplittableRandom random = new SplittableRandom(6);
    long[] x = {0b101, 0b010};
    double[] logits = {0.5, -1, 2, -0.3, 0.8, 0.1};
    double[] dv = {1, -2, 0.5, 3, 0.25, -1};
    double[] g = new double[6];
    SequenceGradients.gumbel(x, 3, logits, dv, 0.5, random, g);
    double[] u = SequenceGradients.conditionalUniforms(x, 3, logits, new SplittableRandom(6));
    double[] slopes = BitEstimator.STRAIGHT_THROUGH_RELAXED.apply(logits, u, 0.5).slopes();
    for (int i = 0; i < g.length; i++) {
      assertEquals(dv[i] * slopes[i], g[i], 1e-15);
    }
  }
}
