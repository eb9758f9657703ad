package org.qsl.circuits.sim;

import org.qsl.circuits.Circuit;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/**
 * The definition of a circuit's state, in double precision and without any optimisation: each
 * operation's {@link Unitary} applied to the whole state, amplitude by amplitude. An independent
 * reference for the tests of faster or foreign backends (small n only).
 */
public final class DenseSimulator implements Simulator {

  @Override
  public StateVector run(Circuit circuit) {
    int n = circuit.qubits();
    double[] state = new double[2 << n];
    state[0] = 1;
    for (Operation op : circuit.operations()) {
      state = apply(op, n, state);
    }
    return new ArrayStateVector(n, state);
  }

  /** new[j'] = sum of U[local(j'), local(j)] old[j] over j equal to j' off the gate's qubits. */
  private static double[] apply(Operation op, int n, double[] in) {
    Unitary u = op.gate().unitary();
    int k = op.arity();
    int mask = 0;
    for (int i = 0; i < k; i++) {
      mask |= 1 << (n - 1 - op.qubit(i));
    }
    double[] out = new double[in.length];
    for (int row = 0; row < 1 << n; row++) {
      int r = local(op, n, row);
      for (int c = 0; c < 1 << k; c++) {
        int col = (row & ~mask) | global(op, n, c);
        double ur = u.re(r, c);
        double ui = u.im(r, c);
        out[2 * row] += ur * in[2 * col] - ui * in[2 * col + 1];
        out[2 * row + 1] += ur * in[2 * col + 1] + ui * in[2 * col];
      }
    }
    return out;
  }

  /** The gate-matrix index of basis state j: the operation's first qubit is the high bit. */
  private static int local(Operation op, int n, int j) {
    int local = 0;
    for (int i = 0; i < op.arity(); i++) {
      local = local << 1 | (j >> (n - 1 - op.qubit(i)) & 1);
    }
    return local;
  }

  /** The bits of gate-matrix index {@code local} placed on the operation's qubits. */
  private static int global(Operation op, int n, int local) {
    int j = 0;
    for (int i = 0; i < op.arity(); i++) {
      int bit = local >> (op.arity() - 1 - i) & 1;
      j |= bit << (n - 1 - op.qubit(i));
    }
    return j;
  }
}
