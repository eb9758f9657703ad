package org.qsl.learners.adversarial;

import java.util.Arrays;
import org.qsl.circuits.samples.SampleSet;

/**
 * A mode-collapse check: the number of distinct bitstrings among {@link #SAMPLES} model samples,
 * against the number expected from as many draws of the training data's empirical distribution.
 * A GAN whose generator has collapsed onto a few outputs produces far fewer distinct strings than
 * the data; such a model is flagged rather than silently scored. The empirical distribution of a
 * finite training set is more concentrated than the target, so the expectation errs low and the
 * check errs towards not flagging.
 *
 * @param samples number of model samples drawn
 * @param distinct distinct bitstrings among them
 * @param expected expected distinct bitstrings among {@code samples} draws, with replacement, from
 *     the training set
 */
public record DiversityCheck(int samples, int distinct, double expected) {
  /** Model samples drawn for the check. */
  public static final int SAMPLES = 10_000;
  /** Below this fraction of the expected distinct count, the model is flagged as collapsed. */
  public static final double COLLAPSE_RATIO = 0.5;

  /** Compares {@code model} samples with {@code training} samples. */
  public static DiversityCheck of(SampleSet model, SampleSet training) {
    return new DiversityCheck(
        model.size(), distinct(model.toArray()), expectedDistinct(training, model.size()));
  }

  /** Whether the model produced fewer than {@link #COLLAPSE_RATIO} of the expected distinct strings. */
  public boolean collapsed() {
    return distinct < COLLAPSE_RATIO * expected;
  }

  /** A one-line report, e.g. for a warning. */
  public String message() {
    return String.format("%s: %d distinct bitstrings in %d model samples, %.0f expected from the"
        + " training data", collapsed() ? "mode collapse" : "diversity ok", distinct, samples,
        expected);
  }

  /**
   * Expected number of distinct values in {@code draws} draws with replacement from
   * {@code training}: sum over distinct values v with count c of 1 - (1 - c / N)^draws.
   */
  public static double expectedDistinct(SampleSet training, int draws) {
    long[] sorted = training.toArray();
    Arrays.sort(sorted);
    double n = sorted.length;
    double expected = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      expected -= Math.expm1(draws * Math.log1p(-(j - i) / n));
      i = j;
    }
    return expected;
  }

  private static int distinct(long[] values) {
    return (int) Arrays.stream(values).distinct().count();
  }
}
