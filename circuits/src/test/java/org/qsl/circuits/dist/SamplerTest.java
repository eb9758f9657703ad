package org.qsl.circuits.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.metrics.Estimate;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.samples.SampleSet;

class SamplerTest {

  /** Weights 1 + Exp(1): every outcome expects at least ~M / (2N) samples. */
  private static double[] weights(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] w = new double[1 << n];
    for (int j = 0; j < w.length; j++) {
      w[j] = 1 - Math.log(1 - r.nextDouble());
    }
    return w;
  }

  private static long[] counts(SampleSet s, int n) {
    long[] c = new long[1 << n];
    for (int i = 0; i < s.size(); i++) {
      c[(int) s.get(i)]++;
    }
    return c;
  }

  /** Commons Math's chi-square test of the counts of the outcomes with p > 0. */
  private static double pValue(double[] p, long[] counts, long m) {
    int k = (int) Arrays.stream(p).filter(v -> v > 0).count();
    double[] expected = new double[k];
    long[] observed = new long[k];
    for (int x = 0, i = 0; x < p.length; x++) {
      if (p[x] > 0) {
        expected[i] = m * p[x];
        observed[i++] = counts[x];
      } else {
        assertEquals(0, counts[x], "outcome " + x + " has probability 0");
      }
    }
    assertTrue(Arrays.stream(expected).min().getAsDouble() >= 5, "no bin needs pooling");
    return new ChiSquareTest().chiSquareTest(expected, observed);
  }

  @Test
  void aMillionSamplesAtTenQubitsPassTheChiSquareTest() {
    Distribution p = Distribution.of(weights(10, 1));
    int m = 1_000_000;
    SampleSet s = new Sampler(p).sample(m, 42);
    assertEquals(m, s.size());
    assertEquals(10, s.qubits());
    double pValue = pValue(p.toArray(), counts(s, 10), m);
    assertTrue(pValue > 0.01, "p-value " + pValue);
  }

  @Test
  void manyBlocksWithEmptyOnesAndZerosPassTheChiSquareTest() {
    // n = 16: four blocks of 2^14; block 1 is empty and every 7th outcome is impossible
    double[] w = weights(16, 2);
    for (int j = 0; j < w.length; j++) {
      if (j / (1 << 14) == 1 || j % 7 == 0) {
        w[j] = 0;
      }
    }
    Distribution p = Distribution.of(w);
    int m = 1_000_000;
    SampleSet s = new Sampler(p, 2).sample(m, 7);
    double pValue = pValue(p.toArray(), counts(s, 16), m);
    assertTrue(pValue > 0.01, "p-value " + pValue);
  }

  @Test
  void zerosAtGroupAndBlockEdgesAreNeverDrawnInEitherPrecision() {
    // n = 15: two blocks of 2^14; groups are 8 outcomes (double) or 16 (float). Zero: the first
    // and last outcome of every 16, the first half of block 0, the last 100 outcomes; every 5th
    // of the others is 10^-4 of the rest, so small and large masses share groups
    double[] w = weights(15, 9);
    for (int j = 0; j < w.length; j++) {
      if (j % 16 == 0 || j % 16 == 15 || j < 1 << 13 || j >= w.length - 100) {
        w[j] = 0;
      } else if (j % 5 == 0) {
        w[j] *= 1e-4;
      }
    }
    for (Precision precision : Precision.values()) {
      Distribution p = Distribution.of(precision, w);
      int m = 1_000_000;
      long[] c = counts(new Sampler(p, 2).sample(m, 11), 15);
      // pooled: the tiny outcomes expect ~0.006 draws each (~25 together), so they are one bin
      double[] probabilities = p.toArray();
      double tiny = 0;
      long tinyCount = 0;
      for (int j = 0; j < w.length; j++) {
        if (probabilities[j] == 0) {
          assertEquals(0, c[j], precision + ": outcome " + j + " has probability 0");
        } else if (j % 5 == 0) {
          tiny += probabilities[j];
          tinyCount += c[j];
          probabilities[j] = 0;
          c[j] = 0;
        }
      }
      probabilities[5] = tiny; // outcome 5 lies in the zero half, so its bin is free
      c[5] = tinyCount;
      double pValue = pValue(probabilities, c, m);
      assertTrue(pValue > 0.01, precision + ": p-value " + pValue);
    }
  }

  @Test
  void chunkedFloatStorageSamplesTheSameWay() {
    double[] w = weights(15, 3);
    Distribution chunked = Distribution.load(15, Precision.FLOAT, 6,
        (from, out, off, len) -> System.arraycopy(w, (int) from, out, off, len), true,
        org.qsl.circuits.ProgressListener.NONE);
    Distribution whole = Distribution.of(Precision.FLOAT, w);
    assertArrayEquals(new Sampler(whole).sample(100_000, 5).toArray(),
        new Sampler(chunked).sample(100_000, 5).toArray());
    double pValue = pValue(whole.toArray(), counts(new Sampler(chunked).sample(1_000_000, 6), 15),
        1_000_000);
    assertTrue(pValue > 0.01, "p-value " + pValue);
  }

  @Test
  void theSameSeedGivesTheSameSamplesWhateverTheThreadCount() {
    Distribution p = Distribution.of(weights(16, 4));
    long[] one = new Sampler(p, 1).sample(300_000, 99).toArray();
    assertArrayEquals(one, new Sampler(p, 2).sample(300_000, 99).toArray());
    assertArrayEquals(one, new Sampler(p, 3).sample(300_000, 99).toArray());
    assertFalse(Arrays.equals(one, new Sampler(p, 1).sample(300_000, 100).toArray()));
    long[] noisy = new Sampler(p, 1).sample(300_000, 0.5, 99, (d, t) -> {}).toArray();
    assertArrayEquals(noisy, new Sampler(p, 3).sample(300_000, 0.5, 99, (d, t) -> {}).toArray());
  }

  @Test
  void consecutiveDrawsAreIndependent() {
    // the pairs (x_2i, x_2i+1) of a two-outcome distribution follow the product distribution
    Distribution p = Distribution.of(.3, .7);
    SampleSet s = new Sampler(p).sample(400_000, 8);
    long[] pairs = new long[4];
    for (int i = 0; i + 1 < s.size(); i += 2) {
      pairs[(int) (2 * s.get(i) + s.get(i + 1))]++;
    }
    double m = s.size() / 2.0;
    double pValue = new ChiSquareTest().chiSquareTest(
        new double[] {.09 * m, .21 * m, .21 * m, .49 * m}, pairs);
    assertTrue(pValue > 0.01, "p-value " + pValue);
  }

  @Test
  void depolarisedSamplesScoreFidelityTimesTheIdealXeb() throws Exception {
    // E[N p(x)] - 1 = F N sum p^2 + (1 - F) - 1 = F (N sum p^2 - 1) for the mixture
    Path q12 = Path.of(getClass().getResource("/reference/q12c0.txt").toURI());
    Distribution p = ProbabilityFiles.read(q12);
    for (double f : new double[] {0, 0.37, 1}) {
      Estimate xeb = Xeb.linear(p, new Sampler(p).sample(200_000, f, 12, (d, t) -> {}));
      double expected = f * Xeb.idealLinear(p);
      assertTrue(Math.abs(xeb.zScore(expected)) < 3, "F = " + f + ": " + xeb + " vs " + expected);
    }
  }

  @Test
  void uniformNoiseAloneIsUniform() {
    Distribution p = Distribution.of(1, 0, 0, 0, 0, 0, 0, 0);
    long[] c = counts(new Sampler(p).sample(80_000, 0, 3, (d, t) -> {}), 3);
    double[] expected = new double[8];
    Arrays.fill(expected, 10_000);
    assertTrue(new ChiSquareTest().chiSquareTest(expected, c) > 0.01);
  }

  @Test
  void smallDistributionsWithZerosPassTheChiSquareTest() {
    // n = 1 and 2 use groups of one outcome, n = 3 a single group of eight
    double[][] cases = {{.3, .7}, {.2, 0, .5, .3}, {0, .1, 0, .2, .3, 0, .4, 0}};
    for (double[] p : cases) {
      int n = Integer.numberOfTrailingZeros(p.length);
      SampleSet s = new Sampler(Distribution.of(p)).sample(100_000, n);
      double pValue = pValue(p, counts(s, n), 100_000);
      assertTrue(pValue > 0.01, "n = " + n + ": p-value " + pValue);
    }
  }

  @Test
  void certainOutcomesAndEdgeCases() {
    assertArrayEquals(new long[] {1, 1, 1}, new Sampler(Distribution.of(0, 1)).sample(3, 0)
        .toArray());
    assertEquals(0, new Sampler(Distribution.of(1, 1)).sample(0, 0).size());
    assertThrows(IllegalArgumentException.class,
        () -> new Sampler(Distribution.of(1, 1)).sample(10, 1.5, 0, (d, t) -> {}));
    assertThrows(IllegalArgumentException.class, () -> new Sampler(Distribution.of(1, 1), 0));
  }

  @Test
  void reportsProgressUpToTheBlockCount() {
    AtomicLong last = new AtomicLong();
    new Sampler(Distribution.of(weights(16, 5)), 2).sample(1000, 1, 4, (done, total) -> {
      assertEquals(4, total);
      last.accumulateAndGet(done, Math::max);
    });
    assertEquals(4, last.get());
  }
}
