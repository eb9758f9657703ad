package org.qsl.experiments.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.qsl.circuits.sim.CpuStateVector;

/**
 * A CPU-simulator run per invocation on a state allocated once: the state is reset to |0...0>
 * before each run, outside the measured time. Subclasses choose the configurations.
 */
public abstract class StateReuseBenchmark {
  private SimulationCase simulation;

  /** The configuration of this trial, from the subclass's parameters. */
  abstract SimulationCase configure();

  @Setup(Level.Trial)
  public void prepare() {
    simulation = configure();
  }

  @Setup(Level.Invocation)
  public void reset() {
    simulation.state.reset();
  }

  @Benchmark
  public CpuStateVector simulate() {
    return simulation.run();
  }
}
