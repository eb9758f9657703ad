package org.qsl.circuits.metrics;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.samples.Histogram;
import org.qsl.circuits.samples.SampleSet;

/**
 * Pearson's chi-square goodness-of-fit test of samples against a distribution. Bitstrings whose
 * expected count M p(x) is below 5 are pooled with their neighbours in index order until the
 * pooled expected count reaches 5 (a remainder below 5 joins the last bin), so that the
 * chi-square approximation holds; the bins depend on p and M only, never on the samples. The
 * p-value comes from Commons Math's chi-square distribution with bins - 1 degrees of freedom, as
 * in its {@code ChiSquareTest}, computed while streaming so that no array of 2^n bins is built.
 */
public final class ChiSquare {
  /** Bins whose expected count is below this are pooled. */
  public static final double MIN_EXPECTED = 5;

  private ChiSquare() {}

  /** The test of {@code samples} against {@code p}. */
  public static GoodnessOfFit test(Distribution p, SampleSet samples) {
    Checks.sameQubits(p, samples);
    Histogram h = samples.histogram();
    double m = samples.size();
    double statistic = 0;
    int bins = 0;
    double expected = 0;
    long observed = 0;
    // the last closed bin stays open to absorb a final remainder below MIN_EXPECTED
    double lastExpected = 0;
    long lastObserved = 0;
    int k = 0;
    for (long x = 0; x < p.dimension(); x++) {
      expected += m * p.probability(x);
      if (k < h.size() && h.bitstring(k) == x) {
        observed += h.count(k++);
      }
      if (expected >= MIN_EXPECTED) {
        if (bins > 0) {
          statistic += term(lastObserved, lastExpected);
        }
        bins++;
        lastExpected = expected;
        lastObserved = observed;
        expected = 0;
        observed = 0;
      }
    }
    if (bins == 0) {
      return new GoodnessOfFit(0, 0, Double.NaN);
    }
    statistic += term(lastObserved + observed, lastExpected + expected);
    if (bins < 2) {
      return new GoodnessOfFit(statistic, 0, Double.NaN);
    }
    double pValue =
        1 - new ChiSquaredDistribution(null, bins - 1).cumulativeProbability(statistic);
    return new GoodnessOfFit(statistic, bins - 1, pValue);
  }

  private static double term(long observed, double expected) {
    double d = observed - expected;
    return d * d / expected;
  }
}
