package org.qsl.experiments;

/**
 * The scores of one trained model against its target p (see the dist package's Scorecard, which
 * computes them). XEB values are normalised by the training samples' own XEB, so 1 means "as good
 * as the data", whatever n is; the exact values come from the model's full distribution where it
 * has one ({@code null} otherwise).
 *
 * @param normalisedXeb linear XEB of fresh model samples over that of the training samples
 * @param linearXeb linear XEB of fresh model samples, N mean p(x) - 1
 * @param theoreticalXeb linear XEB of the training samples (the normaliser)
 * @param exactNormalisedXeb (N sum q p - 1) over the normaliser, or null
 * @param exactKl KL(p || q) in nats, or null
 * @param smoothedKl KL(p || smoothed histogram of the model samples), nats (biased upward)
 * @param normalisedLogisticXeb logistic XEB of fresh model samples over the training samples'
 */
public record Scores(double normalisedXeb, double linearXeb, double theoreticalXeb,
    Double exactNormalisedXeb, Double exactKl, double smoothedKl, double normalisedLogisticXeb) {

  /** The normalised linear XEB, exact if available. */
  public double xeb() {
    return exactNormalisedXeb != null ? exactNormalisedXeb : normalisedXeb;
  }

  /** KL(p || model), exact if available, else the smoothed sample estimate. */
  public double kl() {
    return exactKl != null ? exactKl : smoothedKl;
  }

  /** The value of {@code metric}. */
  public double of(Criterion.Metric metric) {
    return metric == Criterion.Metric.XEB ? xeb() : kl();
  }
}
