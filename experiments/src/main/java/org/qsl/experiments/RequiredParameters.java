package org.qsl.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Estimates the parameters a learner needs to meet a criterion from its scores on a grid of model
 * sizes, replicated over circuit instances and training seeds.
 *
 * <p>The estimate: average each size's score over the replicates; take the first size (in order
 * of parameter count) whose mean meets the criterion; interpolate between it and the size before,
 * linearly in the score against log P, for where the mean curve crosses the threshold. If the
 * smallest size already meets it the estimate is that size's count and only an upper bound; if
 * none does it is +infinity.
 *
 * <p>The interval: a percentile bootstrap over replicates. {@value #RESAMPLES} times, draw as many
 * replicates as there are, with replacement, and estimate again; the interval is the 2.5% and
 * 97.5% order statistics of those estimates (+infinity counts as the largest). It reflects the
 * spread between circuit instances and seeds, not the noise of a single score, and with fewer
 * than about 5 replicates it is coarse (one replicate gives a zero-width interval).
 */
public final class RequiredParameters {
  /** Bootstrap resamples per estimate. */
  public static final int RESAMPLES = 2000;
  /** Two-sided coverage of the interval. */
  public static final double CONFIDENCE = 0.95;

  /**
   * One trained model's score: a point on a replicate's score-versus-size curve.
   *
   * @param replicate which replicate (circuit instance and seed) it belongs to
   * @param parameters the model's parameter count
   * @param score its score under the criterion's metric
   */
  public record Observation(String replicate, long parameters, double score) {}

  private RequiredParameters() {}

  /**
   * The requirement of {@code learner} at {@code qubits} from its observations.
   *
   * @param seed seeds the bootstrap
   * @throws IllegalArgumentException if there are no observations
   */
  public static Requirement estimate(int qubits, String learner, List<Observation> observations,
      Criterion criterion, long seed) {
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("no scores for " + learner + " at n = " + qubits);
    }
    TreeMap<Long, Integer> column = new TreeMap<>();
    TreeMap<String, Integer> row = new TreeMap<>();
    for (Observation o : observations) {
      column.putIfAbsent(o.parameters(), 0);
      row.putIfAbsent(o.replicate(), 0);
    }
    number(column);
    number(row);
    long[] sizes = column.keySet().stream().mapToLong(Long::longValue).toArray();
    double[][] scores = new double[row.size()][sizes.length];
    for (double[] r : scores) {
      Arrays.fill(r, Double.NaN);
    }
    for (Observation o : observations) {
      scores[row.get(o.replicate())][column.get(o.parameters())] = o.score();
    }

    int replicates = scores.length;
    int[] all = new int[replicates];
    Arrays.setAll(all, i -> i);
    Crossing point = crossing(sizes, meanCurve(scores, all), criterion);
    double[] resampled = new double[RESAMPLES];
    SplittableRandom random = new SplittableRandom(seed);
    int[] pick = new int[replicates];
    for (int b = 0; b < RESAMPLES; b++) {
      for (int i = 0; i < replicates; i++) {
        pick[i] = random.nextInt(replicates);
      }
      resampled[b] = crossing(sizes, meanCurve(scores, pick), criterion).parameters();
    }
    Arrays.sort(resampled);
    double tail = (1 - CONFIDENCE) / 2;
    return new Requirement(qubits, learner, point.bound(), point.parameters(),
        orderStatistic(resampled, tail), orderStatistic(resampled, 1 - tail), replicates);
  }

  private static void number(TreeMap<?, Integer> keys) {
    int i = 0;
    for (var e : keys.entrySet()) {
      e.setValue(i++);
    }
  }

  /** The mean score of each size over the replicates {@code pick} (NaN where none has one). */
  private static double[] meanCurve(double[][] scores, int[] pick) {
    double[] mean = new double[scores[0].length];
    for (int s = 0; s < mean.length; s++) {
      double sum = 0;
      int count = 0;
      for (int r : pick) {
        if (!Double.isNaN(scores[r][s])) {
          sum += scores[r][s];
          count++;
        }
      }
      mean[s] = count == 0 ? Double.NaN : sum / count;
    }
    return mean;
  }

  private record Crossing(Requirement.Bound bound, double parameters) {}

  private static Crossing crossing(long[] sizes, double[] mean, Criterion criterion) {
    int previous = -1;
    for (int s = 0; s < sizes.length; s++) {
      if (Double.isNaN(mean[s])) {
        continue;
      }
      if (criterion.passes(mean[s])) {
        if (previous < 0) {
          return new Crossing(Requirement.Bound.AT_MOST, sizes[s]);
        }
        double t = (criterion.threshold() - mean[previous]) / (mean[s] - mean[previous]);
        double logP = Math.log(sizes[previous])
            + t * (Math.log(sizes[s]) - Math.log(sizes[previous]));
        return new Crossing(Requirement.Bound.CROSSED, Math.exp(logP));
      }
      previous = s;
    }
    return new Crossing(Requirement.Bound.NOT_REACHED, Double.POSITIVE_INFINITY);
  }

  /** The ceil(q B)-th smallest of B sorted values (the inverse of the empirical CDF at q). */
  private static double orderStatistic(double[] sorted, double q) {
    int k = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, k - 1)];
  }
}
