package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.dist.Distribution;
import org.qsl.circuits.dist.Precision;
import org.qsl.circuits.io.CircuitFiles;
import org.qsl.circuits.io.QsimFormat;
import org.qsl.circuits.metrics.Xeb;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.sim.Simulator;
import org.qsl.circuits.sim.StateVector;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qsl simulate}: a random circuit (or a circuit file) -> its exact output probabilities,
 * and the circuit in qsim format.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulates a seeded Sycamore-style random circuit, or a circuit file (qsim "
        + "format, or OpenQASM 2.0 for .qasm), and writes its 2^n output probabilities.")
final class SimulateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true)
  Source source = new Source();

  /** Either a generated circuit or a file. */
  static final class Source {
    @ArgGroup(exclusive = false)
    Random random = new Random();

    @Option(names = "--circuit", paramLabel = "FILE",
        description = "a circuit file: OpenQASM 2.0 if it ends in .qasm, else qsim format")
    Path circuit;
  }

  /** The options of a generated circuit, as in {@code qsl demo}. */
  static final class Random {
    @Option(names = "--rows", defaultValue = "3",
        description = "grid rows (default ${DEFAULT-VALUE})")
    int rows = 3;

    @Option(names = "--cols", defaultValue = "4",
        description = "grid columns (default ${DEFAULT-VALUE})")
    int cols = 4;

    @Option(names = "--cycles", defaultValue = "14",
        description = "cycles (default ${DEFAULT-VALUE})")
    int cycles = 14;

    @Option(names = "--seed", defaultValue = "0",
        description = "seed of the circuit (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--pattern", defaultValue = SycamoreGenerator.DEFAULT_PATTERN,
        description = "coupler pattern, letters A-D or E-H (default ${DEFAULT-VALUE})")
    String pattern = SycamoreGenerator.DEFAULT_PATTERN;
  }

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "the probabilities: text, one per line, or raw float32 (.bin, .f32)")
  Path out;

  @Option(names = "--circuit-out", paramLabel = "FILE",
      description = "also write the circuit simulated, in qsim format")
  Path circuitOut;

  @Mixin
  BackendOption backend = new BackendOption();

  @Option(names = "--precision", paramLabel = "P",
      description = "storage of the probabilities: double or float "
          + "(default double up to 26 qubits, float above)")
  String precision;

  @Override
  public Integer call() {
    Circuit circuit = circuit();
    PrintWriter out = spec.commandLine().getOut();
    Precision storage = storage(circuit.qubits());
    if (circuitOut != null) {
      QsimFormat.write(circuit, circuitOut);
    }
    Simulator simulator = backend.simulator();
    long start = System.nanoTime();
    StateVector state = simulator.run(circuit);
    double seconds = (System.nanoTime() - start) / 1e9;
    Distribution p;
    try (ConsoleProgress progress = ConsoleProgress.start("probabilities", -1,
        spec.commandLine().getErr())) {
      p = Distribution.fromState(state, storage, progress);
    }
    ProbabilityIo.write(p, this.out, spec.commandLine().getErr());
    out.printf(Locale.ROOT, "%d qubits, %d gates (%d two-qubit), simulated in %.2f s; "
        + "entropy %.4f bits, N sum p^2 - 1 = %.4f; probabilities written to %s%n",
        circuit.qubits(), circuit.size(), circuit.multiQubitGateCount(), seconds, p.entropy(),
        Xeb.idealLinear(p), this.out);
    out.flush();
    return 0;
  }

  private Precision storage(int qubits) {
    if (precision == null) {
      return Precision.defaultFor(qubits);
    }
    for (Precision p : Precision.values()) {
      if (p.name().equalsIgnoreCase(precision)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "--precision must be double or float, got '" + precision + "'");
  }

  private Circuit circuit() {
    if (source.circuit != null) {
      return CircuitFiles.read(source.circuit);
    }
    Random r = source.random;
    if (r.rows < 1 || r.cols < 1) {
      throw new IllegalArgumentException(
          "--rows and --cols must be at least 1, got " + r.rows + "x" + r.cols);
    }
    return new SycamoreGenerator(Grid.rectangle(r.rows, r.cols)).withPattern(r.pattern)
        .generate(r.cycles, r.seed);
  }
}
