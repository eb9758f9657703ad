package org.qsl.circuits.metrics;

import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.samples.Histogram;
import org.qsl.circuits.samples.SampleSet;

/**
 * The Kullback-Leibler divergence KL(p || q) = sum p ln(p / q), in nats, of a target p from a
 * model q.
 */
public final class KullbackLeibler {
  /** The smoothing the paper's reference code uses: one pseudo-count per bitstring. */
  public static final double DEFAULT_SMOOTHING = 1;

  private KullbackLeibler() {}

  /**
   * KL(p || q) for the smoothed empirical distribution of M samples, q_x = (c_x + alpha) /
   * (M + alpha N), c_x the count of x; as the reference code computes it (its
   * {@code kl_smoothing}), in O(N + M log M) time and O(M) memory. With alpha = 0 it is +infinity
   * when p has mass on a bitstring never sampled. The estimate is biased upwards by the finite
   * sample (about (N - 1) / (2M) nats for M much larger than N): compare with the same quantity
   * for the training set, not with 0.
   *
   * @throws IllegalArgumentException if {@code alpha < 0}
   */
  public static double smoothed(Distribution p, SampleSet samples, double alpha) {
    Checks.sameQubits(p, samples);
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("smoothing must be a finite number >= 0, got " + alpha);
    }
    Histogram h = samples.histogram();
    double total = samples.size() + alpha * p.dimension();
    // -sum p ln q, split into the sampled bitstrings and the mass p puts on the others
    double crossSeen = 0;
    double unseenMass = 0;
    int k = 0;
    for (long x = 0; x < p.dimension(); x++) {
      double px = p.probability(x);
      if (k < h.size() && h.bitstring(k) == x) {
        if (px > 0) {
          crossSeen -= px * Math.log((h.count(k) + alpha) / total);
        }
        k++;
      } else {
        unseenMass += px;
      }
    }
    double crossUnseen = unseenMass == 0 ? 0 : -unseenMass * Math.log(alpha / total);
    return crossSeen + crossUnseen - p.entropy() * Math.log(2);
  }

  /** KL(p || q) computed exactly from a model's full distribution q. */
  public static double exact(Distribution p, Distribution q) {
    return p.relativeEntropy(q);
  }
}
