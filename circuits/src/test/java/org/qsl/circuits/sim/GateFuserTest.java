package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;

class GateFuserTest {

  /** Applies fused gates to interleaved amplitudes, entry by entry of each matrix. */
  static double[] apply(List<FusedGate> gates, int n, double[] psi) {
    for (FusedGate g : gates) {
      Unitary u = g.matrix();
      int d = u.dimension();
      double[] out = new double[psi.length];
      for (int row = 0; row < 1 << n; row++) {
        for (int c = 0; c < d; c++) {
          int col = row;
          for (int j = 0; j < g.arity(); j++) {
            int bit = n - 1 - g.qubit(j);
            col = (col & ~(1 << bit)) | ((c >>> (g.arity() - 1 - j) & 1) << bit);
          }
          int r = 0;
          for (int j = 0; j < g.arity(); j++) {
            r = r << 1 | (row >>> (n - 1 - g.qubit(j)) & 1);
          }
          out[2 * row] += u.re(r, c) * psi[2 * col] - u.im(r, c) * psi[2 * col + 1];
          out[2 * row + 1] += u.re(r, c) * psi[2 * col + 1] + u.im(r, c) * psi[2 * col];
        }
      }
      psi = out;
    }
    return psi;
  }

  static double[] amplitudes(StateVector s) {
    double[] a = new double[2 * (int) s.dimension()];
    for (int j = 0; j < s.dimension(); j++) {
      a[2 * j] = s.re(j);
      a[2 * j + 1] = s.im(j);
    }
    return a;
  }

  @Test
  void fusedGatesApplyTheCircuitsUnitary() {
    int n = 5;
    for (int seed = 0; seed < 4; seed++) {
      Circuit prepare = TestCircuits.everyGate(n, 30, 50 + seed); // a generic start state
      Circuit c = TestCircuits.everyGate(n, 80, 60 + seed);
      double[] start = amplitudes(new DenseSimulator().run(prepare));
      double[] expected = amplitudes(new DenseSimulator().run(prepare.then(c)));
      for (int k = 1; k <= GateFuser.MAX_QUBITS; k++) {
        List<FusedGate> fused = new GateFuser(k).fuse(c);
        double[] actual = apply(fused, n, start.clone());
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i], actual[i], 1e-12, "k=" + k + " seed=" + seed);
        }
        assertEquals(c.size(), fused.stream().mapToInt(FusedGate::gateCount).sum());
        for (FusedGate g : fused) {
          assertTrue(g.arity() <= Math.max(k, 2), g + " for k=" + k);
        }
      }
    }
  }

  @Test
  void mergesEveryOneQubitGateIntoATwoQubitGateAtSizeTwo() {
    // every qubit of a 4x4 grid has a coupler within 8 cycles of ABCDCDAB
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 4)).generate(8, 1);
    assertEquals(c.multiQubitGateCount(), new GateFuser(2).fuse(c).size());
  }

  @Test
  void largerSizesGiveFewerGatesOnASycamoreCircuit() {
    Circuit c = new SycamoreGenerator(Grid.rectangle(4, 5)).generate(20, 2);
    int previous = c.size();
    for (int k = 1; k <= 5; k++) {
      int size = new GateFuser(k).fuse(c).size();
      assertTrue(size < previous, "k=" + k + ": " + size + " gates after " + previous);
      previous = size;
    }
  }

  @Test
  void runsOfOneQubitGatesBecomeOneGateAtSizeOne() {
    Circuit c = Circuit.builder(2).add(Gates.H, 0).add(Gates.T, 0).add(Gates.X, 1)
        .add(Gates.CZ, 0, 1).add(Gates.S, 0).add(Gates.Y, 0).build();
    List<FusedGate> fused = new GateFuser(1).fuse(c);
    assertEquals(4, fused.size()); // H T on 0, X on 1, CZ, S Y on 0
    assertEquals(2, fused.get(0).gateCount());
    assertEquals(0, fused.get(0).matrix().distance(
        Gates.T.unitary().times(Gates.H.unitary())), 1e-15);
  }

  @Test
  void refusesASizeOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new GateFuser(0));
    assertThrows(IllegalArgumentException.class, () -> new GateFuser(GateFuser.MAX_QUBITS + 1));
  }
}
