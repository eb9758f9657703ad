package org.qsl.experiments;

import java.util.Locale;

/**
 * When a trained model counts as having learned its target: a score and a threshold, e.g.
 * normalised linear XEB at least 0.9 (the default) or KL divergence at most 0.05 nats.
 *
 * @param metric the score compared
 * @param threshold the value it must reach
 */
public record Criterion(Metric metric, double threshold) {

  /** Normalised linear XEB at least 0.9. */
  public static final Criterion DEFAULT = new Criterion(Metric.XEB, 0.9);

  /** The scores a criterion can use. */
  public enum Metric {
    /**
     * Normalised linear XEB, model over theoretical (1 = as good as the training samples), exact
     * where the learner gives its distribution, else from fresh samples; higher is better.
     */
    XEB("normalised linear XEB", true),
    /**
     * KL(target || model) in nats, exact where the learner gives its distribution, else the
     * smoothed estimate from fresh samples; lower is better.
     */
    KL("KL divergence", false);

    private final String label;
    private final boolean higherIsBetter;

    Metric(String label, boolean higherIsBetter) {
      this.label = label;
      this.higherIsBetter = higherIsBetter;
    }

    /** A label for tables and charts. */
    public String label() {
      return label;
    }

    /** Whether larger values are better. */
    public boolean higherIsBetter() {
      return higherIsBetter;
    }
  }

  /** @throws IllegalArgumentException if the threshold is not finite */
  public Criterion {
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold must be finite, got " + threshold);
    }
  }

  /** Whether {@code score} meets the threshold (a NaN score never does). */
  public boolean passes(double score) {
    return metric.higherIsBetter() ? score >= threshold : score <= threshold;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s %s", metric.label(),
        metric.higherIsBetter() ? ">=" : "<=", threshold);
  }
}
