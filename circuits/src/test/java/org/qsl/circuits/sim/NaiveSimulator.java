package org.qsl.circuits.sim;

import org.qsl.circuits.Circuit;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/**
 * The textbook reference for the tests: each operation's matrix applied in double precision to
 * the whole state, one gate at a time, with no fusion, blocking or vectors.
 */
final class NaiveSimulator {
  private NaiveSimulator() {}

  /** Final amplitudes (re, im interleaved) of {@code circuit} from |0...0>. */
  static double[] run(Circuit circuit) {
    double[] psi = new double[2 << circuit.qubits()];
    psi[0] = 1;
    return apply(circuit, psi);
  }

  /** Applies {@code circuit} to interleaved amplitudes {@code psi} in place. */
  static double[] apply(Circuit circuit, double[] psi) {
    int n = circuit.qubits();
    for (Operation op : circuit.operations()) {
      Unitary u = op.gate().unitary();
      int k = op.arity();
      int[] bit = new int[k]; // index bit of the gate's j-th qubit; qubit 0 is the top bit
      int mask = 0;
      for (int j = 0; j < k; j++) {
        bit[j] = n - 1 - op.qubit(j);
        mask |= 1 << bit[j];
      }
      int d = 1 << k;
      int[] at = new int[d];
      double[] in = new double[2 * d];
      for (int base = 0; base < 1 << n; base++) {
        if ((base & mask) != 0) {
          continue;
        }
        for (int c = 0; c < d; c++) {
          at[c] = base;
          for (int j = 0; j < k; j++) {
            if ((c >>> (k - 1 - j) & 1) != 0) {
              at[c] |= 1 << bit[j];
            }
          }
          in[2 * c] = psi[2 * at[c]];
          in[2 * c + 1] = psi[2 * at[c] + 1];
        }
        for (int r = 0; r < d; r++) {
          double re = 0;
          double im = 0;
          for (int c = 0; c < d; c++) {
            re += u.re(r, c) * in[2 * c] - u.im(r, c) * in[2 * c + 1];
            im += u.re(r, c) * in[2 * c + 1] + u.im(r, c) * in[2 * c];
          }
          psi[2 * at[r]] = re;
          psi[2 * at[r] + 1] = im;
        }
      }
    }
    return psi;
  }

  /** |<a|b>|^2 of a simulated state and interleaved reference amplitudes. */
  static double fidelity(StateVector a, double[] b) {
    double re = 0;
    double im = 0;
    for (int j = 0; j < b.length / 2; j++) {
      re += a.re(j) * b[2 * j] + a.im(j) * b[2 * j + 1];
      im += a.re(j) * b[2 * j + 1] - a.im(j) * b[2 * j];
    }
    return re * re + im * im;
  }

  /** Largest |a_j - b_j| over the amplitudes. */
  static double maxDifference(StateVector a, double[] b) {
    double max = 0;
    for (int j = 0; j < b.length / 2; j++) {
      max = Math.max(max, Math.hypot(a.re(j) - b[2 * j], a.im(j) - b[2 * j + 1]));
    }
    return max;
  }
}
