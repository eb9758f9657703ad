package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.sim.CpuSimulator;
import org.qsl.circuits.sim.Simulator;
import org.qsl.circuits.sim.StateVector;
import org.qsl.circuits.sim.StrangeSimulator;

/**
 * The Strange reference backend and the CPU simulator (defaults: complex64, all cores) on the
 * same circuits: seconds per run, allocation of the state included for both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class StrangeComparisonBenchmark {
  @Param({"10", "12", "14", "16"})
  int qubits;

  @Param({"cpu", "strange"})
  String backend;

  private Circuit circuit;
  private Simulator simulator;

  @Setup
  public void prepare() {
    circuit = BenchCircuits.sycamore(qubits);
    simulator = backend.equals("strange") ? new StrangeSimulator() : CpuSimulator.create();
  }

  @Benchmark
  public StateVector simulate() {
    return simulator.run(circuit);
  }
}
