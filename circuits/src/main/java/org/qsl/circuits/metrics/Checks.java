package org.qsl.circuits.metrics;

import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.samples.SampleSet;

/** Argument checks shared by the metrics. */
final class Checks {
  private Checks() {}

  /** Samples and distribution must be over the same qubits, and there must be samples. */
  static void sameQubits(Distribution p, SampleSet samples) {
    if (samples.qubits() != p.qubits()) {
      throw new IllegalArgumentException("the samples have " + samples.qubits()
          + " bits but the distribution is over " + p.qubits() + " qubits");
    }
    if (samples.size() == 0) {
      throw new IllegalArgumentException("no samples to score");
    }
  }
}
