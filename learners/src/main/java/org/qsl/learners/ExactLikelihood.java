package org.qsl.learners;

/**
 * A model that gives normalised probabilities, so that KL divergence and cross-entropy benchmarks
 * can be computed exactly rather than estimated from samples.
 */
public interface ExactLikelihood {

  /** Largest n for which {@link #distribution()} is offered. */
  int MAX_DISTRIBUTION_QUBITS = 24;

  /** Natural log of the model probability of {@code bitstring} (qubit 0 most significant). */
  double logProbability(long bitstring);

  /**
   * Natural logs of the model probabilities of {@code bitstrings}; models override this to
   * evaluate them in batches.
   */
  default double[] logProbabilities(long[] bitstrings) {
    double[] out = new double[bitstrings.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = logProbability(bitstrings[i]);
    }
    return out;
  }

  /**
   * The model's full distribution over all 2^n bitstrings, index = bitstring value; sums to 1.
   *
   * @throws IllegalArgumentException if n exceeds {@link #MAX_DISTRIBUTION_QUBITS} or the array
   *     does not fit in the heap
   */
  double[] distribution();
}
