package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.sim.Precision;

/**
 * {@link org.qsl.circuits.sim.CpuSimulator} on the depth-20 Sycamore-pattern circuits of
 * {@link BenchCircuits} at 16 and 20 qubits: milliseconds per run from |0...0>, the reset of
 * the state not counted. Runs of milliseconds need seconds of warm-up for the JIT to compile the
 * Vector API kernels, hence timed iterations; {@link LargeSimulatorBenchmark} covers 24 to 30
 * qubits run by run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class SimulatorBenchmark extends StateReuseBenchmark {
  @Param({"16", "20"})
  int qubits;

  @Param({"1", "2"})
  int threads;

  @Param({"1", "2", "3", "4", "5"})
  int fusion;

  @Param({"COMPLEX64", "COMPLEX128"})
  Precision precision;

  @Param({"true"})
  boolean vectorized;

  @Override
  SimulationCase configure() {
    return new SimulationCase(BenchCircuits.sycamore(qubits), threads, fusion, precision,
        vectorized);
  }
}
