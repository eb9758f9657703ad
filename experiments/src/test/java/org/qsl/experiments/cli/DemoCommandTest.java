package org.qsl.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

class DemoCommandTest {

  /** What a run printed and returned. */
  record Run(int status, List<String> out, List<String> err) {}

  static Run run(String... args) {
    CliRun r = CliRun.qsl(args);
    return new Run(r.status(), r.out().lines().toList(), r.err().lines().toList());
  }

  @Test
  void printsTheCircuitSizeAndTheTopProbabilitiesOfAnIndependentComputation() {
    Run r = run("demo", "--rows", "1", "--cols", "3", "--cycles", "8", "--seed", "7", "--top", "5");
    assertEquals(0, r.status(), String.join("\n", r.err()));
    // 1x3 grid: set A is coupler 1-2, B is 0-1, C and D are empty; ABCDCDAB has A and B twice.
    // 9 single-qubit layers of 3 gates and 4 fSim gates.
    Circuit c = new SycamoreGenerator(Grid.rectangle(1, 3)).generate(8, 7);
    assertEquals("Sycamore-style random circuit: 1x3 grid, 8 cycles, coupler pattern ABCDCDAB,"
        + " fSim(pi/2, pi/6), seed 7", r.out().get(0));
    assertEquals("  qubits 3, gates 31, two-qubit gates 4, depth " + c.depth(), r.out().get(1));

    // the state by matrix algebra: each gate embedded with Kronecker products, multiplied up
    Unitary u = Unitary.identity(3);
    for (Operation op : c.operations()) {
      u = embed(op).times(u);
    }
    double[] p = new double[8];
    for (int j = 0; j < 8; j++) {
      p[j] = u.re(j, 0) * u.re(j, 0) + u.im(j, 0) * u.im(j, 0);
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, 8).boxed().toList());
    order.sort(Comparator.comparingDouble((Integer j) -> -p[j]));

    assertEquals("Top 5 of 8 probabilities (bitstring: qubit 0 first; N*p is 1 on average):",
        r.out().get(3));
    for (int rank = 0; rank < 5; rank++) {
      String[] f = r.out().get(5 + rank).trim().split("\\s+");
      int j = order.get(rank);
      assertEquals(String.valueOf(rank + 1), f[0]);
      assertEquals(Integer.toBinaryString(8 | j).substring(1), f[1]);
      assertEquals(p[j], Double.parseDouble(f[2]), 1e-5 * p[j]); // printed to 6 digits
      assertEquals(8 * p[j], Double.parseDouble(f[3]), 1e-3);
    }
    assertEquals(10, r.out().size());
  }

  /** The 8x8 matrix of an operation on adjacent qubits of a 3-qubit register (qubit 0 first). */
  private static Unitary embed(Operation op) {
    Unitary one = Unitary.identity(1);
    Unitary g = op.gate().unitary();
    int first = op.qubit(0);
    assertTrue(op.arity() == 1 || op.qubit(1) == first + 1, "adjacent in order: " + op);
    Unitary left = first == 0 ? null : first == 1 ? one : one.kron(one);
    int after = 3 - first - op.arity();
    Unitary right = after == 0 ? null : after == 1 ? one : one.kron(one);
    Unitary m = left == null ? g : left.kron(g);
    return right == null ? m : m.kron(right);
  }

  @Test
  void badOptionsGiveOneLineAndStatus2() {
    Run notAnInt = run("demo", "--rows", "x");
    assertEquals(2, notAnInt.status());
    assertEquals(List.of("qsl demo: Invalid value for option '--rows': 'x' is not an int"
        + " (qsl demo --help lists the options)"), notAnInt.err());
    Run tooBig = run("demo", "--rows", "5", "--cols", "5");
    assertEquals(2, tooBig.status());
    assertEquals(List.of("qsl demo: --rows x --cols must be 1 to 20 qubits for the Strange"
        + " reference backend, got 5x5"), tooBig.err());
    Run unknown = run("demo", "--colz", "3");
    assertEquals(2, unknown.status());
    assertEquals(1, unknown.err().size(), String.join("\n", unknown.err()));
    assertTrue(unknown.out().isEmpty());
  }
}
