package org.qsl.experiments.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.sim.Simulator;
import org.qsl.circuits.sim.StateVector;

/**
 * The scaling suite's simulator part: seconds per run of the depth-20 benchmark circuit of
 * {@link BenchCircuits} from |0...0> against n, allocation of the state included, each backend
 * with its defaults. A subclass per backend gives the sizes it is run at.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx8g"})
public abstract class SimulatorScaling {
  private Circuit circuit;
  private Simulator simulator;

  /** The number of qubits of this trial. */
  abstract int qubits();

  /** The simulator of this trial. */
  abstract Simulator simulator();

  @Setup
  public void prepare() {
    circuit = BenchCircuits.sycamore(qubits());
    simulator = simulator();
  }

  @Benchmark
  public StateVector simulate() {
    return simulator.run(circuit);
  }
}
