package org.qsl.circuits;

/**
 * A quantum gate with its exact unitary. Named gates are records; their matrices match qsim's
 * {@code gates_qsim.h} and Cirq's definitions exactly, including the global phase. Two-qubit
 * matrices are in the basis |q0 q1> = 00, 01, 10, 11, the first qubit of the operation being the
 * most significant bit (see {@link Unitary}).
 *
 * <p>Angles are in radians. Exponents ({@code t}, {@code exponent}, {@code phase}) are in half
 * turns, as in Cirq: {@code Z^t = diag(1, e^{i pi t})}.
 */
public sealed interface Gate permits Gate.OneQubit, Gate.TwoQubit {

  /** Number of qubits the gate acts on. */
  int arity();

  /** The exact unitary matrix, 2^arity square. */
  Unitary unitary();

  /** The inverse gate; named where a named inverse exists, else a matrix gate. */
  Gate inverse();

  /** True when the unitary is diagonal, which simulators apply without mixing amplitudes. */
  default boolean isDiagonal() {
    return unitary().isDiagonal();
  }

  /** A gate on one qubit. */
  sealed interface OneQubit extends Gate
      permits I, X, Y, Z, H, S, T, SqrtX, SqrtY, SqrtW, Rx, Ry, Rz, Rxy, PhasedX, Phase, Matrix1 {
    @Override
    default int arity() {
      return 1;
    }

    @Override
    default Gate inverse() {
      return new Matrix1(unitary().adjoint());
    }
  }

  /** A gate on two qubits. */
  sealed interface TwoQubit extends Gate
      permits I2, CZ, CNOT, Swap, ISwap, ISwapPow, CZPow, CPhase, FSim, Matrix2 {
    @Override
    default int arity() {
      return 2;
    }

    @Override
    default Gate inverse() {
      return new Matrix2(unitary().adjoint());
    }
  }

  /** 1/sqrt 2, the entry of H, T and sqrt W. */
  double INV_SQRT2 = Math.sqrt(0.5);

  // ---------------------------------------------------------------- one-qubit gates

  /** Identity: [[1, 0], [0, 1]]. */
  record I() implements OneQubit {
    private static final Unitary U = Unitary.identity(1);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Pauli X: [[0, 1], [1, 0]]. */
  record X() implements OneQubit {
    private static final Unitary U = Unitary.of(0, 0, 1, 0, 1, 0, 0, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Pauli Y: [[0, -i], [i, 0]]. */
  record Y() implements OneQubit {
    private static final Unitary U = Unitary.of(0, 0, 0, -1, 0, 1, 0, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Pauli Z: diag(1, -1). */
  record Z() implements OneQubit {
    private static final Unitary U = Unitary.diagonal(1, 0, -1, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Hadamard: [[1, 1], [1, -1]] / sqrt 2. */
  record H() implements OneQubit {
    private static final Unitary U = Unitary.of(INV_SQRT2, 0, INV_SQRT2, 0, INV_SQRT2, 0, -INV_SQRT2, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** S = sqrt Z: diag(1, i). */
  record S() implements OneQubit {
    private static final Unitary U = Unitary.diagonal(1, 0, 0, 1);

    public Unitary unitary() {
      return U;
    }
  }

  /** T = Z^(1/4): diag(1, e^{i pi/4}). */
  record T() implements OneQubit {
    private static final Unitary U = Unitary.diagonal(1, 0, INV_SQRT2, INV_SQRT2);

    public Unitary unitary() {
      return U;
    }
  }

  /** sqrt X = X^(1/2) (qsim {@code x_1_2}): 1/2 [[1+i, 1-i], [1-i, 1+i]]. */
  record SqrtX() implements OneQubit {
    private static final Unitary U = Unitary.of(.5, .5, .5, -.5, .5, -.5, .5, .5);

    public Unitary unitary() {
      return U;
    }
  }

  /** sqrt Y = Y^(1/2) (qsim {@code y_1_2}): (1+i)/2 [[1, -1], [1, 1]]. */
  record SqrtY() implements OneQubit {
    private static final Unitary U = Unitary.of(.5, .5, -.5, -.5, .5, .5, .5, .5);

    public Unitary unitary() {
      return U;
    }
  }

  /**
   * sqrt W with W = (X + Y)/sqrt 2 (qsim {@code hz_1_2}, Cirq PhasedX(exponent 1/2, phase 1/4)):
   * [[1/2 + i/2, -i/sqrt 2], [1/sqrt 2, 1/2 + i/2]].
   */
  record SqrtW() implements OneQubit {
    private static final Unitary U = Unitary.of(.5, .5, 0, -INV_SQRT2, INV_SQRT2, 0, .5, .5);

    public Unitary unitary() {
      return U;
    }
  }

  /** Rx(theta) = exp(-i theta X/2) = [[cos, -i sin], [-i sin, cos]] of theta/2. */
  record Rx(double theta) implements OneQubit {
    public Unitary unitary() {
      double c = Math.cos(theta / 2);
      double s = Math.sin(theta / 2);
      return Unitary.of(c, 0, 0, -s, 0, -s, c, 0);
    }

    public Gate inverse() {
      return new Rx(-theta);
    }
  }

  /** Ry(theta) = exp(-i theta Y/2) = [[cos, -sin], [sin, cos]] of theta/2. */
  record Ry(double theta) implements OneQubit {
    public Unitary unitary() {
      double c = Math.cos(theta / 2);
      double s = Math.sin(theta / 2);
      return Unitary.of(c, 0, -s, 0, s, 0, c, 0);
    }

    public Gate inverse() {
      return new Ry(-theta);
    }
  }

  /** Rz(theta) = exp(-i theta Z/2) = diag(e^{-i theta/2}, e^{i theta/2}). */
  record Rz(double theta) implements OneQubit {
    public Unitary unitary() {
      double c = Math.cos(theta / 2);
      double s = Math.sin(theta / 2);
      return Unitary.diagonal(c, -s, c, s);
    }

    public Gate inverse() {
      return new Rz(-theta);
    }
  }

  /**
   * qsim's {@code rxy}: exp(-i phi (cos theta X + sin theta Y)/2)
   * = [[cos(phi/2), -i sin(phi/2) e^{-i theta}], [-i sin(phi/2) e^{i theta}, cos(phi/2)]].
   */
  record Rxy(double theta, double phi) implements OneQubit {
    public Unitary unitary() {
      double c = Math.cos(phi / 2);
      double s = Math.sin(phi / 2);
      double ct = Math.cos(theta) * s;
      double st = Math.sin(theta) * s;
      return Unitary.of(c, 0, -st, -ct, st, -ct, c, 0);
    }

    public Gate inverse() {
      return new Rxy(theta, -phi);
    }
  }

  /**
   * Cirq's PhasedXPowGate Z^phase X^exponent Z^-phase: with w = e^{i pi exponent},
   * [[(1+w)/2, (1-w)/2 e^{-i pi phase}], [(1-w)/2 e^{i pi phase}, (1+w)/2]].
   */
  record PhasedX(double exponent, double phase) implements OneQubit {
    public Unitary unitary() {
      double wr = Math.cos(Math.PI * exponent);
      double wi = Math.sin(Math.PI * exponent);
      double pr = Math.cos(Math.PI * phase);
      double pi = Math.sin(Math.PI * phase);
      double dr = (1 + wr) / 2;
      double di = wi / 2;
      double or = (1 - wr) / 2;
      double oi = -wi / 2;
      return Unitary.of(
          dr, di, or * pr + oi * pi, oi * pr - or * pi,
          or * pr - oi * pi, oi * pr + or * pi, dr, di);
    }

    public Gate inverse() {
      return new PhasedX(-exponent, phase);
    }
  }

  /** Phase(lambda) = diag(1, e^{i lambda}): OpenQASM's {@code u1} and {@code p}. */
  record Phase(double lambda) implements OneQubit {
    public Unitary unitary() {
      return Unitary.diagonal(1, 0, Math.cos(lambda), Math.sin(lambda));
    }

    public Gate inverse() {
      return new Phase(-lambda);
    }
  }

  /** An arbitrary one-qubit unitary. */
  record Matrix1(Unitary matrix) implements OneQubit {
    /** @throws IllegalArgumentException if {@code matrix} is not 2x2 */
    public Matrix1 {
      if (matrix.qubits() != 1) {
        throw new IllegalArgumentException("Matrix1 needs a 2x2 matrix, got " + matrix.dimension());
      }
    }

    public Unitary unitary() {
      return matrix;
    }
  }

  // ---------------------------------------------------------------- two-qubit gates

  /** Two-qubit identity. */
  record I2() implements TwoQubit {
    private static final Unitary U = Unitary.identity(2);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Controlled Z: diag(1, 1, 1, -1). */
  record CZ() implements TwoQubit {
    private static final Unitary U = Unitary.diagonal(1, 0, 1, 0, 1, 0, -1, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** Controlled NOT, control = first qubit: |10> <-> |11>. */
  record CNOT() implements TwoQubit {
    private static final Unitary U =
        Unitary.of(
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0,
            0, 0, 0, 0, 1, 0, 0, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** SWAP: |01> <-> |10>. */
  record Swap() implements TwoQubit {
    private static final Unitary U =
        Unitary.of(
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 1, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return this;
    }
  }

  /** iSWAP: |01> -> i|10>, |10> -> i|01>. */
  record ISwap() implements TwoQubit {
    private static final Unitary U =
        Unitary.of(
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 1, 0, 0,
            0, 0, 0, 1, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 1, 0);

    public Unitary unitary() {
      return U;
    }

    public Gate inverse() {
      return new ISwapPow(-1);
    }
  }

  /**
   * iSWAP^t (Cirq ISwapPowGate): [[1,0,0,0], [0, c, i s, 0], [0, i s, c, 0], [0,0,0,1]] with
   * c = cos(pi t/2), s = sin(pi t/2).
   */
  record ISwapPow(double t) implements TwoQubit {
    public Unitary unitary() {
      double c = Math.cos(Math.PI * t / 2);
      double s = Math.sin(Math.PI * t / 2);
      return Unitary.of(
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, c, 0, 0, s, 0, 0,
          0, 0, 0, s, c, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 1, 0);
    }

    public Gate inverse() {
      return new ISwapPow(-t);
    }
  }

  /** CZ^t (Cirq CZPowGate): diag(1, 1, 1, e^{i pi t}). */
  record CZPow(double t) implements TwoQubit {
    public Unitary unitary() {
      return Unitary.diagonal(1, 0, 1, 0, 1, 0, Math.cos(Math.PI * t), Math.sin(Math.PI * t));
    }

    public Gate inverse() {
      return new CZPow(-t);
    }
  }

  /** qsim's controlled phase {@code cp}: diag(1, 1, 1, e^{-i phi}). Note the sign. */
  record CPhase(double phi) implements TwoQubit {
    public Unitary unitary() {
      return Unitary.diagonal(1, 0, 1, 0, 1, 0, Math.cos(phi), -Math.sin(phi));
    }

    public Gate inverse() {
      return new CPhase(-phi);
    }
  }

  /**
   * fSim(theta, phi) (qsim {@code fs}, Cirq FSimGate):
   * [[1,0,0,0], [0, cos theta, -i sin theta, 0], [0, -i sin theta, cos theta, 0], [0,0,0,e^{-i phi}]].
   * The Sycamore gate is fSim(pi/2, pi/6).
   */
  record FSim(double theta, double phi) implements TwoQubit {
    public Unitary unitary() {
      double c = Math.cos(theta);
      double s = Math.sin(theta);
      return Unitary.of(
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, c, 0, 0, -s, 0, 0,
          0, 0, 0, -s, c, 0, 0, 0,
          0, 0, 0, 0, 0, 0, Math.cos(phi), -Math.sin(phi));
    }

    public Gate inverse() {
      return new FSim(-theta, -phi);
    }
  }

  /** An arbitrary two-qubit unitary in the basis |q0 q1>. */
  record Matrix2(Unitary matrix) implements TwoQubit {
    /** @throws IllegalArgumentException if {@code matrix} is not 4x4 */
    public Matrix2 {
      if (matrix.qubits() != 2) {
        throw new IllegalArgumentException("Matrix2 needs a 4x4 matrix, got " + matrix.dimension());
      }
    }

    public Unitary unitary() {
      return matrix;
    }
  }
}
