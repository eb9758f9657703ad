package org.qsl.experiments.bench;

import org.openjdk.jmh.annotations.Param;
import org.qsl.circuits.sim.Nd4jSimulator;
import org.qsl.circuits.sim.Simulator;

/**
 * {@link SimulatorScaling} of the ND4J simulator (complex64) on the backend of the build: the CPU
 * by default, the GPU with {@code -Pcuda}. {@code -p fusion=1,2,3,4,5,6} compares fusion sizes.
 */
public class Nd4jScalingBenchmark extends SimulatorScaling {
  @Param({"10", "12", "14", "16", "18", "20", "22"})
  int qubits;

  @Param({"" + Nd4jSimulator.DEFAULT_FUSION})
  int fusion;

  @Override
  int qubits() {
    return qubits;
  }

  @Override
  Simulator simulator() {
    Nd4jSimulator.requireBackend();
    return Nd4jSimulator.builder().fusion(fusion).build();
  }
}
