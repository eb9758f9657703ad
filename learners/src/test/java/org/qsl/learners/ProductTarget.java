package org.qsl.learners;

import java.util.SplittableRandom;
import org.qsl.circuits.samples.SampleSet;

/** Test helper: a distribution of independent bits with given marginals P(bit q = 1). */
public record ProductTarget(double[] marginals) {

  /** Independent Bernoulli bits, qubit 0 most significant. */
  public SampleSet samples(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      for (double p : marginals) {
        out[i] = out[i] << 1 | (random.nextDouble() < p ? 1 : 0);
      }
    }
    return SampleSet.of(marginals.length, out);
  }

  /** The exact distribution, index = bitstring. */
  public double[] distribution() {
    int n = marginals.length;
    double[] p = new double[1 << n];
    for (int x = 0; x < p.length; x++) {
      p[x] = 1;
      for (int q = 0; q < n; q++) {
        p[x] *= ((x >>> (n - 1 - q)) & 1) == 1 ? marginals[q] : 1 - marginals[q];
      }
    }
    return p;
  }
}
