package org.qsl.circuits.sim;

/**
 * The 2^n complex amplitudes of an n-qubit pure state. Index j holds the amplitude of the
 * bitstring whose integer value is j, qubit 0 being the most significant bit.
 */
public interface StateVector {

  /** Number of qubits n. */
  int qubits();

  /** Number of amplitudes, 2^n. */
  default long dimension() {
    return 1L << qubits();
  }

  /** Real part of amplitude {@code index}. */
  double re(long index);

  /** Imaginary part of amplitude {@code index}. */
  double im(long index);

  /** |amplitude|^2 of {@code index}. */
  default double probability(long index) {
    double r = re(index);
    double i = im(index);
    return r * r + i * i;
  }

  /**
   * Writes the probabilities of amplitudes {@code from .. from+length-1} into {@code out} starting
   * at {@code offset}: the bulk read used to build a distribution block by block, without a
   * second full copy of the state. Backends override it with a fast loop.
   */
  default void probabilities(long from, double[] out, int offset, int length) {
    for (int i = 0; i < length; i++) {
      out[offset + i] = probability(from + i);
    }
  }

  /** Sum of |amplitude|^2, accumulated in double. */
  default double norm() {
    double sum = 0;
    for (long j = 0; j < dimension(); j++) {
      sum += probability(j);
    }
    return sum;
  }

  /** |&lt;this|other&gt;|^2 for two normalised states of the same size. */
  default double fidelity(StateVector other) {
    if (other.qubits() != qubits()) {
      throw new IllegalArgumentException(
          "fidelity of states on " + qubits() + " and " + other.qubits() + " qubits");
    }
    double re = 0;
    double im = 0;
    for (long j = 0; j < dimension(); j++) {
      // conj(a) * b
      re += re(j) * other.re(j) + im(j) * other.im(j);
      im += re(j) * other.im(j) - im(j) * other.re(j);
    }
    return re * re + im * im;
  }
}
