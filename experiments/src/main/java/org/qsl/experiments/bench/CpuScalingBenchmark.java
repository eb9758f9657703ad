package org.qsl.experiments.bench;

import org.openjdk.jmh.annotations.Param;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.circuits.sim.Simulator;

/** {@link SimulatorScaling} of the CPU simulator (complex64, all cores, its default fusion). */
public class CpuScalingBenchmark extends SimulatorScaling {
  @Param({"10", "12", "14", "16", "18", "20", "22", "24", "26", "28"})
  int qubits;

  @Override
  int qubits() {
    return qubits;
  }

  @Override
  Simulator simulator() {
    return CpuSimulator.create();
  }
}
