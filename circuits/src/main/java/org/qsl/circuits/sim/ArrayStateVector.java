package org.qsl.circuits.sim;

/** A state held in one double array, real and imaginary parts interleaved; for small n. */
public final class ArrayStateVector implements StateVector {
  private final int qubits;
  private final double[] amplitudes;

  /**
   * @param amplitudes 2^(n+1) doubles: re0, im0, re1, im1, ... (not copied)
   */
  public ArrayStateVector(int qubits, double[] amplitudes) {
    if (qubits < 1 || qubits > 29 || amplitudes.length != 2L << qubits) {
      throw new IllegalArgumentException(
          "need 2^(n+1) doubles for n in 1..29, got n=" + qubits + " and " + amplitudes.length);
    }
    this.qubits = qubits;
    this.amplitudes = amplitudes;
  }

  @Override
  public int qubits() {
    return qubits;
  }

  @Override
  public double re(long index) {
    return amplitudes[(int) (2 * index)];
  }

  @Override
  public double im(long index) {
    return amplitudes[(int) (2 * index + 1)];
  }
}
