package org.qsl.circuits.io;

import java.util.function.Consumer;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/**
 * Test utility: a dense double-precision state vector that applies k-qubit matrices directly,
 * the independent reference the QASM tests compare circuits against (qubit 0 is the most
 * significant bit of an amplitude's index, as everywhere in qsl).
 */
final class DenseState {
  private final int qubits;
  private final double[] amplitudes; // re, im interleaved

  /** The basis state |index> on {@code qubits} qubits. */
  DenseState(int qubits, int index) {
    this.qubits = qubits;
    this.amplitudes = new double[2 << qubits];
    amplitudes[2 * index] = 1;
  }

  /** The final state of {@code circuit} applied to |0...0>. */
  static DenseState of(Circuit circuit) {
    return new DenseState(circuit.qubits(), 0).run(circuit);
  }

  DenseState run(Circuit circuit) {
    for (Operation op : circuit.operations()) {
      apply(op.gate(), op.qubits());
    }
    return this;
  }

  DenseState apply(Gate gate, int... targets) {
    return apply(gate.unitary(), targets);
  }

  /** Applies {@code u} with {@code targets[0]} as the most significant bit of its index. */
  DenseState apply(Unitary u, int... targets) {
    int d = 1 << targets.length;
    int[] offset = new int[d];
    int mask = 0;
    for (int j = 0; j < targets.length; j++) {
      int bit = 1 << (qubits - 1 - targets[j]);
      mask |= bit;
      for (int m = 0; m < d; m++) {
        if ((m >> (targets.length - 1 - j) & 1) == 1) {
          offset[m] |= bit;
        }
      }
    }
    double[] re = new double[d];
    double[] im = new double[d];
    for (int base = 0; base < 1 << qubits; base++) {
      if ((base & mask) != 0) {
        continue;
      }
      for (int c = 0; c < d; c++) {
        re[c] = amplitudes[2 * (base | offset[c])];
        im[c] = amplitudes[2 * (base | offset[c]) + 1];
      }
      for (int r = 0; r < d; r++) {
        double sr = 0;
        double si = 0;
        for (int c = 0; c < d; c++) {
          sr += u.re(r, c) * re[c] - u.im(r, c) * im[c];
          si += u.re(r, c) * im[c] + u.im(r, c) * re[c];
        }
        amplitudes[2 * (base | offset[r])] = sr;
        amplitudes[2 * (base | offset[r]) + 1] = si;
      }
    }
    return this;
  }

  /** |<this|other>|^2. */
  double fidelity(DenseState other) {
    double re = 0;
    double im = 0;
    for (int j = 0; j < amplitudes.length; j += 2) {
      re += amplitudes[j] * other.amplitudes[j] + amplitudes[j + 1] * other.amplitudes[j + 1];
      im += amplitudes[j] * other.amplitudes[j + 1] - amplitudes[j + 1] * other.amplitudes[j];
    }
    return re * re + im * im;
  }

  /** The unitary of {@code circuit}. */
  static Unitary unitary(Circuit circuit) {
    return unitary(circuit.qubits(), s -> s.run(circuit));
  }

  /** The unitary of {@code program} on {@code qubits} qubits: column j is its image of |j>. */
  static Unitary unitary(int qubits, Consumer<DenseState> program) {
    int d = 1 << qubits;
    double[] m = new double[2 * d * d];
    for (int c = 0; c < d; c++) {
      DenseState s = new DenseState(qubits, c);
      program.accept(s);
      for (int r = 0; r < d; r++) {
        m[2 * (r * d + c)] = s.amplitudes[2 * r];
        m[2 * (r * d + c) + 1] = s.amplitudes[2 * r + 1];
      }
    }
    return Unitary.of(m);
  }
}
