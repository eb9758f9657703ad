package org.qsl.circuits.dist;

/** The floating-point type a {@link Distribution} stores its probabilities in. */
public enum Precision {
  /** 8 bytes per probability. */
  DOUBLE(8),
  /** 4 bytes per probability: about 7 significant digits, enough for sampling and scoring. */
  FLOAT(4);

  /** The largest qubit count stored in {@link #DOUBLE} by default (2^26 doubles = 512 MiB). */
  public static final int MAX_DEFAULT_DOUBLE_QUBITS = 26;

  private final int bytes;

  Precision(int bytes) {
    this.bytes = bytes;
  }

  /** Bytes per stored probability. */
  public int bytes() {
    return bytes;
  }

  /** {@link #DOUBLE} for n up to 26, {@link #FLOAT} above. */
  public static Precision defaultFor(int qubits) {
    return qubits <= MAX_DEFAULT_DOUBLE_QUBITS ? DOUBLE : FLOAT;
  }
}
