package org.qsl.circuits;

import java.util.Arrays;

/**
 * A gate applied to specific qubits. For a two-qubit gate the first qubit is the most significant
 * bit of the gate's matrix index (for {@link Gate.CNOT}, the control).
 */
public final class Operation {
  private final Gate gate;
  private final int[] qubits;

  /**
   * @throws IllegalArgumentException if the qubit count differs from the gate's arity, a qubit is
   *     negative, or a qubit repeats
   */
  public Operation(Gate gate, int... qubits) {
    if (qubits.length != gate.arity()) {
      throw new IllegalArgumentException(
          gate + " acts on " + gate.arity() + " qubit(s), got " + qubits.length);
    }
    for (int i = 0; i < qubits.length; i++) {
      if (qubits[i] < 0) {
        throw new IllegalArgumentException("negative qubit index " + qubits[i]);
      }
      for (int j = 0; j < i; j++) {
        if (qubits[i] == qubits[j]) {
          throw new IllegalArgumentException(gate + " applied twice to qubit " + qubits[i]);
        }
      }
    }
    this.gate = gate;
    this.qubits = qubits.clone();
  }

  /** The gate. */
  public Gate gate() {
    return gate;
  }

  /** The qubits, in the order of the gate's matrix (a copy). */
  public int[] qubits() {
    return qubits.clone();
  }

  /** The i-th qubit. */
  public int qubit(int i) {
    return qubits[i];
  }

  /** Number of qubits acted on. */
  public int arity() {
    return qubits.length;
  }

  /** True when this operation acts on qubit q. */
  public boolean actsOn(int q) {
    for (int x : qubits) {
      if (x == q) {
        return true;
      }
    }
    return false;
  }

  /** The inverse operation on the same qubits. */
  public Operation inverse() {
    return new Operation(gate.inverse(), qubits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Operation op && op.gate.equals(gate) && Arrays.equals(op.qubits, qubits);
  }

  @Override
  public int hashCode() {
    return 31 * gate.hashCode() + Arrays.hashCode(qubits);
  }

  @Override
  public String toString() {
    return gate + " " + Arrays.toString(qubits);
  }
}
