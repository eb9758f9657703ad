package org.qsl.learners;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.qsl.circuits.samples.SampleSet;

/** Test helper: does a sample set look drawn from a distribution? */
public final class Frequencies {
  private Frequencies() {}

  /**
   * The p-value of Pearson's chi-square goodness-of-fit test of {@code samples} against
   * {@code distribution} (index = bitstring). Cells need expected counts of at least 5.
   */
  public static double pValue(double[] distribution, SampleSet samples) {
    long[] observed = new long[distribution.length];
    for (int i = 0; i < samples.size(); i++) {
      observed[(int) samples.get(i)]++;
    }
    double[] expected = new double[distribution.length];
    for (int x = 0; x < expected.length; x++) {
      expected[x] = distribution[x] * samples.size();
      if (expected[x] < 5) {
        throw new IllegalArgumentException("cell " + x + " expects only " + expected[x]);
      }
    }
    return new ChiSquareTest().chiSquareTest(expected, observed);
  }
}
