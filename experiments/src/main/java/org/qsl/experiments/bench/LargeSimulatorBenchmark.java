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
 * {@link SimulatorBenchmark} at 26 to 30 qubits, with one warm-up run and three measured runs.
 * 30 qubits in complex64 hold 8 GiB: run that alone on the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx11g"})
public class LargeSimulatorBenchmark {
  @Param({"26", "28", "30"})
  int qubits;

  @Param({"2"})
  int threads;

  @Param({"2"})
  int fusion;

  @Param({"COMPLEX64"})
  Precision precision;

  private SimulationCase simulation;

  @Setup(Level.Trial)
  public void prepare() {
    simulation = new SimulationCase(BenchCircuits.sycamore(qubits), threads, fusion, precision,
        true);
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
