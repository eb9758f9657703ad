package org.qsl.experiments.bench;

import java.util.SplittableRandom;
import org.qsl.circuits.dist.Distribution;

/** The distributions the sampling benchmarks draw from. */
final class PorterThomas {
  private PorterThomas() {}

  /** Normalised Exp(1) weights on 2^n outcomes, as for a deep random circuit. */
  static Distribution of(int qubits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[1 << qubits];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = -Math.log(1 - random.nextDouble());
    }
    return Distribution.of(weights);
  }
}
