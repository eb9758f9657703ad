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
 * {@link SimulatorBenchmark} at 24 to 30 qubits, run by run (seconds each): two warm-up runs and
 * five measured ones by default; fewer for 30 qubits, whose complex64 state holds 8 GiB (run that
 * alone on the machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx11g"})
public class LargeSimulatorBenchmark extends StateReuseBenchmark {
  @Param({"24", "26", "28", "30"})
  int qubits;

  @Param({"1", "2"})
  int threads;

  @Param({"2"})
  int fusion;

  @Param({"COMPLEX64"})
  Precision precision;

  @Override
  SimulationCase configure() {
    return new SimulationCase(BenchCircuits.sycamore(qubits), threads, fusion, precision, true);
  }
}
