package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.sim.CpuStateVector;
import org.qsl.circuits.sim.Precision;

/**
 * {@link org.qsl.circuits.sim.CpuSimulator} on the depth-20 Sycamore-pattern circuits of
 * {@link BenchCircuits}, up to 24 qubits: seconds per run from |0...0>, the reset of the state
 * not counted. {@link LargeSimulatorBenchmark} covers 26 to 30 qubits with fewer runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class SimulatorBenchmark {
  @Param({"16", "20", "24"})
  int qubits;

  @Param({"1", "2"})
  int threads;

  @Param({"1", "2", "3", "4", "5"})
  int fusion;

  @Param({"COMPLEX64", "COMPLEX128"})
  Precision precision;

  @Param({"true"})
  boolean vectorized;

  private SimulationCase simulation;

  @Setup(Level.Trial)
  public void prepare() {
    simulation = new SimulationCase(BenchCircuits.sycamore(qubits), threads, fusion, precision,
        vectorized);
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
