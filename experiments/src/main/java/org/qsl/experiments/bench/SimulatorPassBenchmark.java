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
import org.qsl.circuits.Gates;
import org.qsl.circuits.sim.CpuStateVector;
import org.qsl.circuits.sim.Precision;

/**
 * One pass of the CPU simulator over a complex64 state: a single sqrt X gate on storage bit
 * {@code bit} (qubit n-1-bit; "top" is qubit 0, the most significant bit). Every chunk is worked
 * on in place: a contiguous one for bits below the chunk size, two long runs for the higher
 * bits, which lie in another storage array above 2^28 amplitudes and are then gathered into a
 * buffer and scattered back. A pass reads and writes 2^n * 8 bytes; compare the bandwidth this
 * implies with {@link MemoryBandwidthBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx11g"})
public class SimulatorPassBenchmark {
  @Param({"24", "26", "28"})
  int qubits;

  @Param({"1", "2"})
  int threads;

  @Param({"0", "8", "16", "top"})
  String bit;

  private SimulationCase simulation;

  @Setup
  public void prepare() {
    int q = bit.equals("top") ? 0 : qubits - 1 - Integer.parseInt(bit);
    Circuit oneGate = Circuit.builder(qubits).add(Gates.SQRT_X, q).build();
    simulation = new SimulationCase(oneGate, threads, 2, Precision.COMPLEX64, true);
  }

  @Benchmark
  public CpuStateVector pass(Traffic traffic) {
    traffic.bytes += 2 * Precision.COMPLEX64.stateBytes(qubits);
    return simulation.run(); // the state stays normalised: no reset needed
  }
}
