package org.qsl.circuits.sim;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;

/** Seeded random circuits for the simulator tests. */
final class TestCircuits {
  private TestCircuits() {}

  /** Every one-qubit gate type, parameters drawn from the generator. */
  static final List<Function<SplittableRandom, Gate>> ONE_QUBIT = List.of(
      r -> Gates.I, r -> Gates.X, r -> Gates.Y, r -> Gates.Z, r -> Gates.H, r -> Gates.S,
      r -> Gates.T, r -> Gates.SQRT_X, r -> Gates.SQRT_Y, r -> Gates.SQRT_W,
      r -> new Gate.Rx(angle(r)), r -> new Gate.Ry(angle(r)), r -> new Gate.Rz(angle(r)),
      r -> new Gate.Rxy(angle(r), angle(r)), r -> new Gate.PhasedX(r.nextDouble(), r.nextDouble()),
      r -> new Gate.Phase(angle(r)), r -> new Gate.Matrix1(randomOneQubit(r)));

  /** Every two-qubit gate type, parameters drawn from the generator. */
  static final List<Function<SplittableRandom, Gate>> TWO_QUBIT = List.of(
      r -> Gates.I2, r -> Gates.CZ, r -> Gates.CNOT, r -> Gates.SWAP, r -> Gates.ISWAP,
      r -> new Gate.ISwapPow(r.nextDouble(-2, 2)), r -> new Gate.CZPow(r.nextDouble(-2, 2)),
      r -> new Gate.CPhase(angle(r)), r -> new Gate.FSim(angle(r), angle(r)), r -> Gates.SYCAMORE,
      r -> new Gate.Matrix2(randomOneQubit(r).kron(randomOneQubit(r))
          .times(new Gate.FSim(angle(r), angle(r)).unitary())));

  /**
   * {@code gates} random gates on {@code qubits} qubits, a third of them two-qubit gates, cycling
   * through every gate type so that each appears when there are enough gates.
   */
  static Circuit everyGate(int qubits, int gates, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Circuit.Builder b = Circuit.builder(qubits);
    int ones = 0;
    int twos = 0;
    for (int i = 0; i < gates; i++) {
      if (qubits >= 2 && r.nextInt(3) == 0) {
        int a = r.nextInt(qubits);
        int c = (a + 1 + r.nextInt(qubits - 1)) % qubits;
        b.add(TWO_QUBIT.get(twos++ % TWO_QUBIT.size()).apply(r), a, c);
      } else {
        b.add(ONE_QUBIT.get(ones++ % ONE_QUBIT.size()).apply(r), r.nextInt(qubits));
      }
    }
    return b.build();
  }

  /**
   * A Sycamore-like circuit on a rows x cols grid (qubit = row * cols + col): per cycle a layer of
   * random sqrt X/Y/W gates, then fSim(pi/2, pi/6) on one of four coupler patterns, ABCDCDAB.
   */
  static Circuit sycamoreLike(int rows, int cols, int cycles, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Gate[] singles = {Gates.SQRT_X, Gates.SQRT_Y, Gates.SQRT_W};
    int n = rows * cols;
    Circuit.Builder b = Circuit.builder(n);
    int[] last = new int[n];
    java.util.Arrays.fill(last, -1);
    String order = "ABCDCDAB";
    for (int c = 0; c < cycles; c++) {
      for (int q = 0; q < n; q++) {
        int g;
        do {
          g = r.nextInt(3);
        } while (g == last[q]);
        last[q] = g;
        b.add(singles[g], q);
      }
      int pattern = order.charAt(c % order.length()) - 'A';
      for (int row = 0; row < rows; row++) {
        for (int col = 0; col < cols; col++) {
          // A/B: horizontal couplers from even/odd columns; C/D: vertical from even/odd rows,
          // shifted by the row/column parity so that each layer is a matching
          if (pattern < 2 && col + 1 < cols && (col + row + pattern) % 2 == 0) {
            b.add(Gates.SYCAMORE, row * cols + col, row * cols + col + 1);
          } else if (pattern >= 2 && row + 1 < rows && (row + col + pattern) % 2 == 0) {
            b.add(Gates.SYCAMORE, row * cols + col, (row + 1) * cols + col);
          }
        }
      }
    }
    return b.build();
  }

  private static double angle(SplittableRandom r) {
    return r.nextDouble(-2 * Math.PI, 2 * Math.PI);
  }

  /** A random one-qubit unitary: a phase times Rz Ry Rz. */
  static Unitary randomOneQubit(SplittableRandom r) {
    Unitary u = new Gate.Rz(angle(r)).unitary()
        .times(new Gate.Ry(angle(r)).unitary())
        .times(new Gate.Rz(angle(r)).unitary());
    double phase = angle(r);
    return Unitary.diagonal(Math.cos(phase), Math.sin(phase), Math.cos(phase), Math.sin(phase))
        .times(u);
  }
}
