package org.qsl.circuits.sim;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;

/** Seeded random circuits with every gate type, for the simulator tests. */
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

  /** Largest |a_j - b_j| over the amplitudes of two states of the same size. */
  static double maxDifference(StateVector a, StateVector b) {
    double max = 0;
    for (long j = 0; j < a.dimension(); j++) {
      max = Math.max(max, Math.hypot(a.re(j) - b.re(j), a.im(j) - b.im(j)));
    }
    return max;
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
