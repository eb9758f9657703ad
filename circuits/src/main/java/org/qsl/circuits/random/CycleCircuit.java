package org.qsl.circuits.random;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;

/**
 * The cycle structure shared by the generators: each cycle is a layer of single-qubit gates on
 * every qubit, drawn from {sqrt X, sqrt Y, sqrt W} uniformly but never the gate the qubit had in
 * the previous layer (the first layer is uniform over all three), followed by a two-qubit gate on
 * each coupler of the cycle; a final single-qubit layer ends the circuit.
 */
final class CycleCircuit {

  /** The single-qubit gates of a layer, in the order the random draw indexes them. */
  static final List<Gate> SINGLE_QUBIT_GATES = List.of(Gates.SQRT_X, Gates.SQRT_Y, Gates.SQRT_W);

  private CycleCircuit() {}

  /**
   * @param couplers the qubit pairs of cycle k (0-based), first qubit first in the gate's basis
   */
  static Circuit build(int qubits, int cycles, IntFunction<List<int[]>> couplers, Gate twoQubit,
      long seed) {
    if (cycles < 0) {
      throw new IllegalArgumentException("the number of cycles must be at least 0, got " + cycles);
    }
    requireTwoQubit(twoQubit);
    SplittableRandom random = new SplittableRandom(seed);
    int[] previous = new int[qubits];
    Arrays.fill(previous, -1);
    Circuit.Builder circuit = Circuit.builder(qubits);
    for (int k = 0; k <= cycles; k++) {
      for (int q = 0; q < qubits; q++) {
        int g = previous[q] < 0 ? random.nextInt(3) : (previous[q] + 1 + random.nextInt(2)) % 3;
        circuit.add(SINGLE_QUBIT_GATES.get(g), q);
        previous[q] = g;
      }
      if (k < cycles) {
        for (int[] pair : couplers.apply(k)) {
          circuit.add(twoQubit, pair);
        }
      }
    }
    return circuit.build();
  }

  static Gate requireTwoQubit(Gate gate) {
    if (gate.arity() != 2) {
      throw new IllegalArgumentException("the coupler gate must act on two qubits, got " + gate);
    }
    return gate;
  }
}
