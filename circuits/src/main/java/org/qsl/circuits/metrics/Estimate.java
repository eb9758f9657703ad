package org.qsl.circuits.metrics;

/**
 * A value estimated from samples and its standard error (the standard deviation of the
 * estimator, itself estimated from the same samples; NaN from fewer than two samples).
 */
public record Estimate(double value, double standardError) {

  /** How many standard errors {@code value} lies from {@code expected}. */
  public double zScore(double expected) {
    return (value - expected) / standardError;
  }

  @Override
  public String toString() {
    return value + " +- " + standardError;
  }
}
