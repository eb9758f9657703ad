package org.qsl.experiments.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.samples.SampleSet;
import org.qsl.circuits.sim.StateVector;
import org.qsl.circuits.sim.StrangeSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qsl demo}: what the project does so far, in a few seconds. Generates a seeded
 * Sycamore-style random circuit on a small grid, simulates it with the Strange reference backend
 * and prints the circuit's size and its most likely bitstrings.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generate a seeded Sycamore-style random circuit, simulate it with the Strange"
        + " reference backend, print its size and top probabilities.")
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--rows", defaultValue = "3", description = "Grid rows (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--cols", defaultValue = "4",
      description = "Grid columns (default: ${DEFAULT-VALUE}).")
  int cols;

  @Option(names = "--cycles", defaultValue = "14",
      description = "Cycles of the circuit (default: ${DEFAULT-VALUE}).")
  int cycles;

  @Option(names = "--seed", defaultValue = "0",
      description = "Seed of the random circuit (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--top", defaultValue = "10",
      description = "How many of the largest probabilities to print (default: ${DEFAULT-VALUE}).")
  int top;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if ((long) rows * cols > StrangeSimulator.MAX_QUBITS || rows < 1 || cols < 1) {
      throw new IllegalArgumentException("--rows x --cols must be 1 to "
          + StrangeSimulator.MAX_QUBITS + " qubits for the Strange reference backend, got "
          + rows + "x" + cols);
    }
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, got " + top);
    }
    SycamoreGenerator generator = new SycamoreGenerator(Grid.rectangle(rows, cols));
    Circuit circuit = generator.generate(cycles, seed);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Sycamore-style random circuit: %dx%d grid, %d cycles, coupler pattern"
        + " %s, fSim(pi/2, pi/6), seed %d%n", rows, cols, cycles, generator.pattern(), seed);
    out.printf(Locale.ROOT, "  qubits %d, gates %d, two-qubit gates %d, depth %d%n",
        circuit.qubits(), circuit.size(), circuit.multiQubitGateCount(), circuit.depth());
    out.flush();

    long start = System.nanoTime();
    StateVector state = new StrangeSimulator().run(circuit);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "Simulated with the Strange reference backend in %.1f s (single"
        + " precision, norm %.6f)%n", seconds, state.norm());

    long dimension = state.dimension();
    SampleSet best = SampleSet.of(circuit.qubits(), largest(state, (int) Math.min(top, dimension)));
    out.printf(Locale.ROOT, "Top %d of %d probabilities (bitstring: qubit 0 first; N*p is 1 on"
        + " average):%n", best.size(), dimension);
    String row = "  %4s  %-" + Math.max(circuit.qubits(), "bitstring".length()) + "s  %11s  %6s%n";
    out.printf(Locale.ROOT, row, "rank", "bitstring", "probability", "N*p");
    for (int r = 0; r < best.size(); r++) {
      double p = state.probability(best.get(r));
      out.printf(Locale.ROOT, row, r + 1, best.format(best.get(r)),
          String.format(Locale.ROOT, "%.5e", p), String.format(Locale.ROOT, "%.3f", p * dimension));
    }
    out.flush();
    return 0;
  }

  /** Indices of the k largest probabilities, largest first (ties: smaller index first). */
  static long[] largest(StateVector state, int k) {
    Comparator<Integer> worseFirst = Comparator.<Integer>comparingDouble(state::probability)
        .thenComparing(Comparator.reverseOrder());
    PriorityQueue<Integer> heap = new PriorityQueue<>(k + 1, worseFirst); // the best k so far
    for (int j = 0; j < state.dimension(); j++) {
      heap.add(j);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    long[] best = new long[heap.size()];
    for (int r = best.length - 1; r >= 0; r--) {
      best[r] = heap.poll();
    }
    return best;
  }
}
