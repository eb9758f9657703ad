package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Unitary;

/**
 * Test utility: textbook matrices the QASM tests compare against, built from the Gate records and
 * closed forms, never from the reader's own tables.
 */
final class QasmTestMatrices {
  private QasmTestMatrices() {}

  /** U(theta, phi, lambda) = e^{i(phi+lambda)/2} Rz(phi) Ry(theta) Rz(lambda) (Nielsen-Chuang). */
  static Unitary u(double theta, double phi, double lambda) {
    Unitary zyz = new Gate.Rz(phi).unitary().times(new Gate.Ry(theta).unitary())
        .times(new Gate.Rz(lambda).unitary());
    return scale(zyz, (phi + lambda) / 2);
  }

  /** e^{i alpha} m. */
  static Unitary scale(Unitary m, double alpha) {
    double[] a = m.toArray();
    double c = Math.cos(alpha);
    double s = Math.sin(alpha);
    for (int j = 0; j < a.length; j += 2) {
      double re = a[j];
      a[j] = c * re - s * a[j + 1];
      a[j + 1] = s * re + c * a[j + 1];
    }
    return Unitary.of(a);
  }

  /** |0><0| (x) I + |1><1| (x) m, the control being the first (most significant) qubit. */
  static Unitary controlled(Unitary m) {
    int d = m.dimension();
    int d2 = 2 * d;
    double[] a = new double[2 * d2 * d2];
    for (int i = 0; i < d; i++) {
      a[2 * (i * d2 + i)] = 1;
      for (int j = 0; j < d; j++) {
        a[2 * ((d + i) * d2 + d + j)] = m.re(i, j);
        a[2 * ((d + i) * d2 + d + j) + 1] = m.im(i, j);
      }
    }
    return Unitary.of(a);
  }

  /** m with {@code controls} more control qubits in front. */
  static Unitary controlled(Unitary m, int controls) {
    return controls == 0 ? m : controlled(controlled(m), controls - 1);
  }

  /** exp(-i theta/2 P) = cos(theta/2) I - i sin(theta/2) P for a Pauli product P. */
  static Unitary rotation(Unitary pauli, double theta) {
    double[] p = pauli.toArray();
    double[] id = Unitary.identity(pauli.qubits()).toArray();
    double c = Math.cos(theta / 2);
    double s = Math.sin(theta / 2);
    double[] a = new double[p.length];
    for (int j = 0; j < a.length; j += 2) {
      a[j] = c * id[j] + s * p[j + 1];
      a[j + 1] = -s * p[j];
    }
    return Unitary.of(a);
  }

  static Unitary xx() {
    return Gates.X.unitary().kron(Gates.X.unitary());
  }

  static Unitary zz() {
    return Gates.Z.unitary().kron(Gates.Z.unitary());
  }

  static Unitary zx() {
    return Gates.Z.unitary().kron(Gates.X.unitary());
  }

  /**
   * Asserts {@code actual} = e^{i alpha} {@code expected} to within {@code tolerance} per entry and
   * returns alpha in (-pi, pi].
   */
  static double assertEqualUpToPhase(Unitary expected, Unitary actual, double tolerance) {
    int d = expected.dimension();
    int br = 0;
    int bc = 0;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        if (Math.hypot(expected.re(r, c), expected.im(r, c))
            > Math.hypot(expected.re(br, bc), expected.im(br, bc))) {
          br = r;
          bc = c;
        }
      }
    }
    double alpha = Math.atan2(actual.im(br, bc), actual.re(br, bc))
        - Math.atan2(expected.im(br, bc), expected.re(br, bc));
    alpha = Math.atan2(Math.sin(alpha), Math.cos(alpha));
    double distance = scale(expected, alpha).distance(actual);
    assertTrue(distance <= tolerance, "not equal up to a global phase (distance " + distance
        + (d > 4 ? ")" : "):\n expected " + expected + "\n actual   " + actual));
    return alpha;
  }
}
