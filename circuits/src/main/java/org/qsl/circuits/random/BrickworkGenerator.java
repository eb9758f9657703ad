package org.qsl.circuits.random;

import java.util.ArrayList;
import java.util.List;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;

/**
 * Random brickwork circuits on a line of qubits: cycle k is a layer of single-qubit gates (the
 * Sycamore rules: sqrt X, sqrt Y, sqrt W, never the same twice in a row on a qubit) followed by a
 * two-qubit gate on the nearest-neighbour pairs (0,1), (2,3), ... when k is even and (1,2), (3,4),
 * ... when k is odd; a final single-qubit layer ends the circuit. For quick experiments at any n.
 * The same seed gives the same circuit.
 */
public final class BrickworkGenerator {
  private final int qubits;
  private final Gate twoQubitGate;

  /**
   * A generator on {@code qubits} qubits with the Sycamore gate fSim(pi/2, pi/6).
   *
   * @throws IllegalArgumentException if {@code qubits < 1}
   */
  public BrickworkGenerator(int qubits) {
    this(qubits, Gates.SYCAMORE);
  }

  private BrickworkGenerator(int qubits, Gate twoQubitGate) {
    if (qubits < 1) {
      throw new IllegalArgumentException("a brickwork circuit needs at least 1 qubit, got "
          + qubits);
    }
    this.qubits = qubits;
    this.twoQubitGate = CycleCircuit.requireTwoQubit(twoQubitGate);
  }

  /**
   * This generator with another two-qubit gate.
   *
   * @throws IllegalArgumentException if the gate does not act on two qubits
   */
  public BrickworkGenerator withTwoQubitGate(Gate gate) {
    return new BrickworkGenerator(qubits, gate);
  }

  /** The pairs of cycle {@code k} (0-based): (q, q+1) for every q of the parity of k. */
  public List<int[]> pairs(int cycle) {
    List<int[]> pairs = new ArrayList<>();
    for (int q = cycle % 2; q + 1 < qubits; q += 2) {
      pairs.add(new int[] {q, q + 1});
    }
    return pairs;
  }

  /**
   * A random circuit of {@code cycles} cycles and a final single-qubit layer.
   *
   * @throws IllegalArgumentException if {@code cycles} is negative
   */
  public Circuit generate(int cycles, long seed) {
    return CycleCircuit.build(qubits, cycles, this::pairs, twoQubitGate, seed);
  }
}
