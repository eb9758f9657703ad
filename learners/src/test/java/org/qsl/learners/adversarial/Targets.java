package org.qsl.learners.adversarial;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.StateVector;
import org.qsl.circuits.sim.StrangeSimulator;

/** Target distributions, exact sampling from them and linear XEB, for the GAN tests. */
public final class Targets {
  private Targets() {}

  /** Independent bits with P(bit q = 1) = marginals[q], qubit 0 most significant. */
  public static double[] product(double... marginals) {
    int n = marginals.length;
    double[] p = new double[1 << n];
    for (int x = 0; x < p.length; x++) {
      double v = 1;
      for (int q = 0; q < n; q++) {
        v *= ((x >>> (n - 1 - q)) & 1) == 1 ? marginals[q] : 1 - marginals[q];
      }
      p[x] = v;
    }
    return p;
  }

  /**
   * The output distribution (natural target) of a seeded Sycamore-style random circuit on a
   * {@code rows} x {@code cols} grid, simulated with the Strange reference backend.
   */
  public static double[] sycamore(int rows, int cols, int cycles, long seed) {
    StateVector state = new StrangeSimulator()
        .run(new SycamoreGenerator(Grid.rectangle(rows, cols)).generate(cycles, seed));
    double[] p = new double[Math.toIntExact(state.dimension())];
    state.probabilities(0, p, 0, p.length);
    return p;
  }

  /** {@code count} exact samples of {@code p} (inverse transform on the cumulative sums). */
  public static SampleSet sample(double[] p, int count, long seed) {
    double[] cdf = new double[p.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      sum += p[i];
      cdf[i] = sum;
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      int j = Arrays.binarySearch(cdf, random.nextDouble() * sum);
      out[i] = Math.min(j < 0 ? -j - 1 : j, p.length - 1);
    }
    return SampleSet.of(Integer.numberOfTrailingZeros(p.length), out);
  }

  /**
   * Normalised linear XEB of {@code samples} against {@code p}: (N mean p(x) - 1) / (N sum p^2 - 1),
   * 1 for samples of p and 0 for uniform ones, and its standard error (the sample standard
   * deviation of N p(x) over sqrt(m), divided by the same normaliser).
   *
   * @return {estimate, standard error}
   */
  public static double[] normalisedXeb(double[] p, SampleSet samples) {
    int n = p.length;
    double ideal = 0;
    for (double v : p) {
      ideal += v * v;
    }
    ideal = n * ideal - 1;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < samples.size(); i++) {
      double v = n * p[(int) samples.get(i)];
      sum += v;
      squares += v * v;
    }
    int m = samples.size();
    double mean = sum / m;
    double variance = (squares - m * mean * mean) / (m - 1);
    return new double[] {(mean - 1) / ideal, Math.sqrt(variance / m) / ideal};
  }

  /** Total variation distance between {@code p} and the empirical distribution of {@code samples}. */
  public static double totalVariation(double[] p, SampleSet samples) {
    double[] q = new double[p.length];
    for (int i = 0; i < samples.size(); i++) {
      q[(int) samples.get(i)] += 1.0 / samples.size();
    }
    double t = 0;
    for (int i = 0; i < p.length; i++) {
      t += Math.abs(p[i] - q[i]);
    }
    return t / 2;
  }
}
