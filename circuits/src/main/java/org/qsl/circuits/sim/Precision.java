package org.qsl.circuits.sim;

/** Floating-point precision of a simulated state's amplitudes. */
public enum Precision {
  /** Single precision: 8 bytes per amplitude, as qsim's default. */
  COMPLEX64(4),
  /** Double precision: 16 bytes per amplitude. */
  COMPLEX128(8);

  private final int bytesPerReal;

  Precision(int bytesPerReal) {
    this.bytesPerReal = bytesPerReal;
  }

  /** Bytes of one real or imaginary part. */
  public int bytesPerReal() {
    return bytesPerReal;
  }

  /** Bytes of a state of {@code qubits} qubits (saturating at {@link Long#MAX_VALUE}). */
  public long stateBytes(int qubits) {
    return qubits >= 58 ? Long.MAX_VALUE : (2L * bytesPerReal) << qubits;
  }
}
