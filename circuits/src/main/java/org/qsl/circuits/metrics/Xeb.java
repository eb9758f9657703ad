package org.qsl.circuits.metrics;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.samples.SampleSet;

/**
 * Cross-entropy benchmarks of samples x_1..x_M against a target distribution p over N = 2^n
 * bitstrings: 1 for samples from a Porter-Thomas p, 0 for uniform noise.
 *
 * <ul>
 *   <li>linear XEB = N * mean p(x_i) - 1;
 *   <li>logistic XEB = ln N + gamma + mean ln p(x_i), gamma = Euler's constant.
 * </ul>
 *
 * Both are means of i.i.d. terms (N p(x_i), resp. ln p(x_i)) plus constants, so their standard
 * error is s / sqrt(M), s the sample standard deviation of the terms (divisor M - 1): Var(mean of
 * M i.i.d. terms) = Var(term) / M, and s^2 estimates Var(term) without bias.
 */
public final class Xeb {
  /** Euler's constant gamma = 0.5772156649... */
  public static final double EULER_GAMMA = Gamma.GAMMA;

  private Xeb() {}

  /** Linear XEB of {@code samples} against {@code p}, with its standard error. */
  public static Estimate linear(Distribution p, SampleSet samples) {
    Checks.sameQubits(p, samples);
    SummaryStatistics terms = new SummaryStatistics();
    double n = p.dimension();
    for (int i = 0; i < samples.size(); i++) {
      terms.addValue(n * p.probability(samples.get(i)));
    }
    return new Estimate(terms.getMean() - 1, standardError(terms));
  }

  /**
   * Logistic XEB of {@code samples} against {@code p}, with its standard error; -infinity if a
   * sample has probability 0.
   */
  public static Estimate logistic(Distribution p, SampleSet samples) {
    Checks.sameQubits(p, samples);
    SummaryStatistics terms = new SummaryStatistics();
    for (int i = 0; i < samples.size(); i++) {
      terms.addValue(Math.log(p.probability(samples.get(i))));
    }
    return new Estimate(Math.log(p.dimension()) + EULER_GAMMA + terms.getMean(),
        standardError(terms));
  }

  /** The expectation of the linear XEB for ideal samples from p: N sum p^2 - 1. */
  public static double idealLinear(Distribution p) {
    return exactLinear(p, p);
  }

  /** The expectation of the logistic XEB for ideal samples from p: ln N + gamma + sum p ln p. */
  public static double idealLogistic(Distribution p) {
    return exactLogistic(p, p);
  }

  /**
   * The expectation of the linear XEB for samples from a model distribution q, computed exactly:
   * N sum q p - 1.
   */
  public static double exactLinear(Distribution p, Distribution q) {
    return p.dimension() * p.expectedProbability(q) - 1;
  }

  /**
   * The expectation of the logistic XEB for samples from a model distribution q, computed
   * exactly: ln N + gamma + sum q ln p.
   */
  public static double exactLogistic(Distribution p, Distribution q) {
    return Math.log(p.dimension()) + EULER_GAMMA + p.expectedLogProbability(q);
  }

  private static double standardError(SummaryStatistics terms) {
    if (terms.getN() < 2) {
      return Double.NaN;
    }
    return terms.getStandardDeviation() / Math.sqrt(terms.getN());
  }
}
