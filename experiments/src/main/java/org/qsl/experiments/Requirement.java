package org.qsl.experiments;

import java.util.Locale;

/**
 * The number of parameters one learner needs to meet a {@link Criterion} at one qubit count, with
 * a confidence interval over replicates (circuit instances x training seeds); see
 * {@link RequiredParameters} for how it is estimated.
 *
 * @param qubits n
 * @param learner the learner's name
 * @param bound how {@code parameters} relates to the grid of model sizes
 * @param parameters the estimate; +infinity if not reached
 * @param lower lower end of the confidence interval (+infinity if not reached)
 * @param upper upper end of the confidence interval (+infinity if not reached in some resamples)
 * @param replicates the number of replicates the estimate averages over
 */
public record Requirement(int qubits, String learner, Bound bound, double parameters,
    double lower, double upper, int replicates) {

  /** How an estimate relates to the grid of model sizes that was trained. */
  public enum Bound {
    /** The mean score crosses the threshold between two grid sizes; interpolated in log P. */
    CROSSED,
    /** The smallest size on the grid already meets the criterion: the need is at most this. */
    AT_MOST,
    /** No size on the grid meets the criterion: the need is above the largest. */
    NOT_REACHED
  }

  /** Whether the estimate is a crossing, the only kind a scaling fit uses. */
  public boolean crossed() {
    return bound == Bound.CROSSED;
  }

  /** The estimate for a table: {@code 1234}, {@code <= 40} or {@code > 5000} (the largest). */
  public String formatParameters(double largestTrained) {
    switch (bound) {
      case AT_MOST:
        return "<= " + round(parameters);
      case NOT_REACHED:
        return "> " + round(largestTrained);
      default:
        return round(parameters);
    }
  }

  /** The interval for a table: {@code [900, 1500]}, with "inf" for an unbounded end. */
  public String formatInterval() {
    return "[" + round(lower) + ", " + round(upper) + "]";
  }

  private static String round(double value) {
    return Double.isInfinite(value) ? "inf" : String.format(Locale.ROOT, "%.0f", value);
  }
}
