package org.qsl.experiments.bench;

import org.qsl.circuits.Circuit;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.circuits.sim.CpuStateVector;
import org.qsl.circuits.sim.Precision;

/** One configuration of the CPU simulator and its circuit, with a state reused across runs. */
final class SimulationCase {
  final Circuit circuit;
  final CpuSimulator simulator;
  final CpuStateVector state;

  SimulationCase(Circuit circuit, int threads, int fusion, Precision precision,
      boolean vectorized) {
    this.circuit = circuit;
    this.simulator = CpuSimulator.builder().threads(threads).fusion(fusion).precision(precision)
        .vectorized(vectorized).build();
    this.state = CpuStateVector.zeros(circuit.qubits(), precision);
  }

  /** Runs the circuit on the state, which must hold |0...0>. */
  CpuStateVector run() {
    simulator.apply(circuit, state);
    return state;
  }
}
