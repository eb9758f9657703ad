package org.qsl.circuits.metrics;

import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.samples.SampleSet;

/**
 * Every score of a model's samples against a target distribution p, with the references they
 * are read against. The "theoretical" XEB is that of the training set when one is given (what
 * the paper's code normalises by) and the ideal N sum p^2 - 1 otherwise; the normalised score,
 * model / theoretical, is what experiments compare across n.
 *
 * @param qubits n
 * @param smoothing the pseudo-count alpha of the smoothed KL
 * @param model the scores of the model's samples
 * @param training the same scores for the training set, or null if none was given
 * @param ideal the expectations for ideal samples from p
 * @param exact exact scores from the model's full distribution, or null if it has none
 */
public record Scorecard(int qubits, double smoothing, SampleScores model, SampleScores training,
    Ideal ideal, Exact exact) {

  /**
   * Scores of one sample set against p.
   *
   * @param samples M
   * @param linearXeb N mean p(x) - 1
   * @param logisticXeb ln N + gamma + mean ln p(x)
   * @param kl KL(p || smoothed empirical distribution), nats (no standard error: it is dominated
   *     by its finite-sample bias)
   * @param chiSquare goodness of fit, pooled bins
   */
  public record SampleScores(int samples, Estimate linearXeb, Estimate logisticXeb, double kl,
      GoodnessOfFit chiSquare) {

    /** Scores {@code samples} against {@code p}. */
    public static SampleScores of(Distribution p, SampleSet samples, double smoothing) {
      return new SampleScores(samples.size(), Xeb.linear(p, samples), Xeb.logistic(p, samples),
          KullbackLeibler.smoothed(p, samples, smoothing), ChiSquare.test(p, samples));
    }
  }

  /**
   * What ideal samples from p score in expectation.
   *
   * @param linearXeb N sum p^2 - 1 (1 for Porter-Thomas)
   * @param logisticXeb ln N + gamma + sum p ln p (1 for Porter-Thomas)
   * @param entropyBits the Shannon entropy of p in bits
   */
  public record Ideal(double linearXeb, double logisticXeb, double entropyBits) {
    /** The ideal values of {@code p}. */
    public static Ideal of(Distribution p) {
      return new Ideal(Xeb.idealLinear(p), Xeb.idealLogistic(p), p.entropy());
    }
  }

  /**
   * Scores computed exactly from a model's full distribution q rather than from its samples.
   *
   * @param linearXeb N sum q p - 1
   * @param logisticXeb ln N + gamma + sum q ln p
   * @param kl KL(p || q), nats
   */
  public record Exact(double linearXeb, double logisticXeb, double kl) {
    /** The exact scores of model {@code q} against target {@code p}. */
    public static Exact of(Distribution p, Distribution q) {
      return new Exact(Xeb.exactLinear(p, q), Xeb.exactLogistic(p, q),
          KullbackLeibler.exact(p, q));
    }
  }

  /**
   * The scorecard of {@code samples} against {@code p}.
   *
   * @param training the training set, or null
   * @param modelDistribution the model's full distribution, or null
   */
  public static Scorecard of(Distribution p, SampleSet samples, SampleSet training,
      Distribution modelDistribution, double smoothing) {
    return new Scorecard(p.qubits(), smoothing, SampleScores.of(p, samples, smoothing),
        training == null ? null : SampleScores.of(p, training, smoothing), Ideal.of(p),
        modelDistribution == null ? null : Exact.of(p, modelDistribution));
  }

  /** The training set's linear XEB if there is one, else the ideal N sum p^2 - 1. */
  public double theoreticalLinearXeb() {
    return training != null ? training.linearXeb().value() : ideal.linearXeb();
  }

  /** The training set's logistic XEB if there is one, else the ideal. */
  public double theoreticalLogisticXeb() {
    return training != null ? training.logisticXeb().value() : ideal.logisticXeb();
  }

  /** The model's linear XEB divided by the theoretical one. */
  public double normalisedLinearXeb() {
    return model.linearXeb().value() / theoreticalLinearXeb();
  }

  /** The model's logistic XEB divided by the theoretical one. */
  public double normalisedLogisticXeb() {
    return model.logisticXeb().value() / theoreticalLogisticXeb();
  }
}
