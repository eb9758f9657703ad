package org.qsl.experiments.bench;

import org.openjdk.jmh.annotations.Param;
import org.qsl.circuits.sim.Simulator;
import org.qsl.circuits.sim.StrangeSimulator;

/** {@link SimulatorScaling} of the Strange reference backend, small n only (it is slow). */
public class StrangeScalingBenchmark extends SimulatorScaling {
  @Param({"10", "12", "14", "16"})
  int qubits;

  @Override
  int qubits() {
    return qubits;
  }

  @Override
  Simulator simulator() {
    return new StrangeSimulator();
  }
}
