package org.qsl.circuits.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;
import org.redfx.strange.Complex;
import org.redfx.strange.Program;
import org.redfx.strange.Step;
import org.redfx.strange.gate.Cnot;
import org.redfx.strange.gate.Cr;
import org.redfx.strange.gate.Cz;
import org.redfx.strange.gate.Hadamard;
import org.redfx.strange.gate.Identity;
import org.redfx.strange.gate.InformalGate;
import org.redfx.strange.gate.Measurement;
import org.redfx.strange.gate.Oracle;
import org.redfx.strange.gate.R;
import org.redfx.strange.gate.RotationX;
import org.redfx.strange.gate.RotationY;
import org.redfx.strange.gate.SingleQubitGate;
import org.redfx.strange.gate.SingleQubitMatrixGate;
import org.redfx.strange.gate.Swap;
import org.redfx.strange.gate.TwoQubitGate;
import org.redfx.strange.gate.X;
import org.redfx.strange.gate.Y;
import org.redfx.strange.gate.Z;

/**
 * Converts between a {@link Circuit} and a Strange ({@code org.redfx:strange:0.1.3})
 * {@link Program}, preserving the final state exactly up to Strange's single precision.
 *
 * <p>Strange's conventions, established by experiment and pinned by the tests:
 *
 * <ul>
 *   <li>Qubit numbers are the same in both; Strange's state index puts qubit 0 in the least
 *       significant bit (ours puts it in the most significant bit), which only matters for the
 *       state vector ({@link org.qsl.circuits.sim.StrangeSimulator} converts it).
 *   <li>A two-qubit gate {@code TwoQubitGate(a, b)} applies its matrix in the basis |a b> with
 *       {@code a} the most significant bit, for adjacent and non-adjacent qubits in either order:
 *       the same convention as {@link Operation}. {@code Cnot(a, b)} has control {@code a}.
 *   <li>A two-qubit gate must be alone in its step: Strange 0.1.3 mis-applies a step that holds a
 *       non-adjacent two-qubit gate and other gates. Single-qubit gates on distinct qubits may
 *       share a step, which is much faster.
 *   <li>Strange's {@code RotationZ(theta)} is diag(e^{-i theta/2}, e^{-i theta/2}), a global
 *       phase, not Rz; it converts to that matrix. {@code R(lambda)} is diag(1, e^{i lambda}).
 *   <li>{@code Program.initializeQubit(k, alpha)} prepares alpha|0> + sqrt(1 - alpha^2)|1> on
 *       qubit n-1-k (sic) of the gates' numbering; it converts to an Ry rotation on that qubit.
 *   <li>{@code Toffoli(a, b, c)} on three adjacent qubits ignores the order of its arguments, and
 *       {@code PermutationGate} fails in Strange's own simulator; neither converts.
 * </ul>
 */
public final class StrangeBridge {

  /**
   * Strange stores matrices as float pairs: entries of a named gate's unitary differ from
   * Strange's by float rounding (under 1e-7), so named gates are recognised within this bound.
   */
  static final double FLOAT_TOLERANCE = 1e-6;

  /** Parameterless gates recognised by their matrix when a Strange program is read. */
  private static final List<Gate> NAMED =
      List.of(Gates.I, Gates.X, Gates.Y, Gates.Z, Gates.H, Gates.S, Gates.T, Gates.SQRT_X,
          Gates.SQRT_Y, Gates.SQRT_W, Gates.I2, Gates.CZ, Gates.CNOT, Gates.SWAP, Gates.ISWAP);

  private StrangeBridge() {}

  // ---------------------------------------------------------------- Circuit -> Program

  /**
   * The Strange program of {@code circuit}. Gates with an identical Strange gate become it (X, Y,
   * Z, H, I, Rx, Ry, Phase, CNOT, CZ, SWAP, CZ^t, qsim's cp); every other gate becomes a matrix
   * gate ({@link SingleQubitMatrixGate} or {@link TwoQubitMatrixGate}). Each two-qubit gate gets a
   * step of its own; consecutive single-qubit gates on distinct qubits share a step.
   */
  public static Program toProgram(Circuit circuit) {
    Program program = new Program(circuit.qubits());
    List<org.redfx.strange.Gate> layer = new ArrayList<>();
    boolean[] busy = new boolean[circuit.qubits()];
    for (Operation op : circuit.operations()) {
      if (op.arity() > 1 || busy[op.qubit(0)]) {
        addLayer(program, layer);
        Arrays.fill(busy, false);
      }
      if (op.arity() == 1) {
        layer.add(strangeGate(op));
        busy[op.qubit(0)] = true;
      } else {
        program.addStep(new Step(strangeGate(op)));
      }
    }
    addLayer(program, layer);
    return program;
  }

  /** Adds the pending single-qubit gates as one step and clears them. */
  private static void addLayer(Program program, List<org.redfx.strange.Gate> layer) {
    if (!layer.isEmpty()) {
      program.addStep(new Step(layer.toArray(new org.redfx.strange.Gate[0])));
      layer.clear();
    }
  }

  private static org.redfx.strange.Gate strangeGate(Operation op) {
    Gate g = op.gate();
    if (op.arity() == 1) {
      int q = op.qubit(0);
      if (g instanceof Gate.X) {
        return new X(q);
      } else if (g instanceof Gate.Y) {
        return new Y(q);
      } else if (g instanceof Gate.Z) {
        return new Z(q);
      } else if (g instanceof Gate.H) {
        return new Hadamard(q);
      } else if (g instanceof Gate.I) {
        return new Identity(q);
      } else if (g instanceof Gate.Rx rx) {
        return new RotationX(rx.theta(), q);
      } else if (g instanceof Gate.Ry ry) {
        return new RotationY(ry.theta(), q);
      } else if (g instanceof Gate.Phase p) {
        return new R(p.lambda(), q);
      }
      return new SingleQubitMatrixGate(q, complexMatrix(g.unitary()));
    }
    int a = op.qubit(0);
    int b = op.qubit(1);
    if (g instanceof Gate.CNOT) {
      return new Cnot(a, b);
    } else if (g instanceof Gate.CZ) {
      return new Cz(a, b);
    } else if (g instanceof Gate.Swap) {
      return new Swap(a, b);
    } else if (g instanceof Gate.CZPow cz) {
      return new Cr(a, b, Math.PI * cz.t());
    } else if (g instanceof Gate.CPhase cp) {
      return new Cr(a, b, -cp.phi());
    }
    return new TwoQubitMatrixGate(a, b, complexMatrix(g.unitary()));
  }

  // ---------------------------------------------------------------- Program -> Circuit

  /**
   * The circuit of a Strange program: its steps in order, each gate by the matrix Strange
   * applies. Strange gates whose matrix is a named gate's (to float precision) become that gate;
   * rotations keep their kind with the angle read from the matrix (so an inverted gate converts
   * correctly); others become matrix gates. Initial qubit values become Ry rotations, terminal
   * measurements and informal gates (probability displays) are dropped.
   *
   * @throws IllegalArgumentException naming the step and gate, for a gate with no qsl equivalent
   *     (Toffoli, Fourier, arithmetic and other block gates, permutations, an oracle on more than
   *     two qubits), a gate after a measurement of its qubit, or an initial value outside [-1, 1]
   */
  public static Circuit toCircuit(Program program) {
    int n = program.getNumberQubits();
    Circuit.Builder circuit = Circuit.builder(n);
    double[] alphas = program.getInitialAlphas();
    for (int k = 0; k < n; k++) {
      if (alphas[k] != 1) {
        if (!(Math.abs(alphas[k]) <= 1)) {
          throw new IllegalArgumentException("Strange program: initial value " + alphas[k]
              + " of qubit " + k + " is not an amplitude in [-1, 1]");
        }
        // alpha|0> + sqrt(1 - alpha^2)|1> = Ry(2 acos alpha)|0>, on the qubit Strange uses
        circuit.add(new Gate.Ry(2 * Math.acos(alphas[k])), n - 1 - k);
      }
    }
    int[] measuredAt = new int[n];
    List<Step> steps = program.getSteps();
    for (int s = 0; s < steps.size(); s++) {
      for (org.redfx.strange.Gate g : steps.get(s).getGates()) {
        if (g instanceof InformalGate) {
          continue;
        }
        for (int q : g.getAffectedQubitIndexes()) {
          if (measuredAt[q] > 0) {
            throw new IllegalArgumentException(where(s, g) + " acts on qubit " + q
                + ", measured in step " + measuredAt[q]
                + "; only terminal measurements are supported");
          }
        }
        if (g instanceof Measurement) {
          measuredAt[g.getMainQubitIndex()] = s + 1;
        } else {
          circuit.add(operation(g, n, s));
        }
      }
    }
    return circuit.build();
  }

  private static Operation operation(org.redfx.strange.Gate g, int n, int step) {
    if (g instanceof SingleQubitGate) {
      return new Operation(oneQubitGate(g, unitary(g.getMatrix())), g.getMainQubitIndex());
    } else if (g instanceof TwoQubitGate two) {
      return new Operation(twoQubitGate(g, unitary(g.getMatrix())), two.getMainQubitIndex(),
          two.getSecondQubitIndex());
    } else if (g instanceof Oracle && (n == 1 || n == 2)) {
      // an oracle's matrix acts on Strange's state index, whose most significant bit is qubit n-1
      Unitary u = unitary(g.getMatrix());
      if (u.qubits() == n) {
        return n == 1 ? new Operation(named(u, new Gate.Matrix1(u)), 0) : new Operation(
            named(u, new Gate.Matrix2(u)), 1, 0);
      }
    }
    throw new IllegalArgumentException(where(step, g) + " has no qsl equivalent (qsl circuits"
        + " hold one- and two-qubit gates; an oracle converts only on a 1- or 2-qubit program)");
  }

  private static Gate oneQubitGate(org.redfx.strange.Gate g, Unitary u) {
    Gate exact = new Gate.Matrix1(u);
    if (g instanceof RotationX) {
      return ifSame(new Gate.Rx(2 * Math.atan2(-u.im(0, 1), u.re(0, 0))), u, exact);
    } else if (g instanceof RotationY) {
      return ifSame(new Gate.Ry(2 * Math.atan2(u.re(1, 0), u.re(0, 0))), u, exact);
    } else if (g instanceof R) {
      return ifSame(new Gate.Phase(Math.atan2(u.im(1, 1), u.re(1, 1))), u, exact);
    }
    return named(u, exact);
  }

  private static Gate twoQubitGate(org.redfx.strange.Gate g, Unitary u) {
    Gate exact = new Gate.Matrix2(u);
    if (g instanceof Cr) {
      return ifSame(new Gate.CZPow(Math.atan2(u.im(3, 3), u.re(3, 3)) / Math.PI), u, exact);
    }
    return named(u, exact);
  }

  /** The named gate with unitary {@code u}, or {@code otherwise}. */
  private static Gate named(Unitary u, Gate otherwise) {
    for (Gate g : NAMED) {
      if (g.arity() == u.qubits() && g.unitary().distance(u) <= FLOAT_TOLERANCE) {
        return g;
      }
    }
    return otherwise;
  }

  private static Gate ifSame(Gate candidate, Unitary u, Gate otherwise) {
    return candidate.unitary().distance(u) <= FLOAT_TOLERANCE ? candidate : otherwise;
  }

  /** "Strange program step 3: Toffoli on qubit(s) [0, 1, 2]", for step index 2. */
  private static String where(int step, org.redfx.strange.Gate g) {
    return "Strange program step " + (step + 1) + ": " + g.getClass().getSimpleName()
        + " on qubit(s) " + g.getAffectedQubitIndexes();
  }

  // ---------------------------------------------------------------- matrices

  /** Strange's single-precision matrix of {@code u}. */
  static Complex[][] complexMatrix(Unitary u) {
    int d = u.dimension();
    Complex[][] m = new Complex[d][d];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        m[r][c] = new Complex(u.re(r, c), u.im(r, c));
      }
    }
    return m;
  }

  /** A Strange matrix as a {@link Unitary} (exactly the floats Strange applies). */
  static Unitary unitary(Complex[][] m) {
    int d = m.length;
    double[] reIm = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      if (m[r].length != d) {
        throw new IllegalArgumentException("Strange gate matrix is not square: row " + r
            + " has " + m[r].length + " entries, expected " + d);
      }
      for (int c = 0; c < d; c++) {
        reIm[2 * (r * d + c)] = m[r][c].r;
        reIm[2 * (r * d + c) + 1] = m[r][c].i;
      }
    }
    return Unitary.of(reIm);
  }

  /**
   * A Strange gate with an arbitrary 4x4 matrix on qubits (a, b), in the basis |a b> with
   * {@code a} the most significant bit (Strange's convention for every two-qubit gate).
   * {@link #setInverse(boolean)} replaces the matrix by its conjugate transpose when the flag
   * changes.
   */
  public static final class TwoQubitMatrixGate extends TwoQubitGate {
    private Complex[][] matrix;
    private boolean inverse;

    /**
     * @param a first qubit (most significant in the matrix basis)
     * @param b second qubit
     * @param matrix 4x4, row-major (not copied)
     */
    public TwoQubitMatrixGate(int a, int b, Complex[][] matrix) {
      super(a, b);
      if (matrix.length != 4) {
        throw new IllegalArgumentException("a two-qubit gate needs a 4x4 matrix, got "
            + matrix.length + " rows");
      }
      this.matrix = matrix;
    }

    @Override
    public Complex[][] getMatrix() {
      return matrix;
    }

    @Override
    public void setInverse(boolean inverse) {
      super.setInverse(inverse);
      if (inverse != this.inverse) {
        matrix = Complex.conjugateTranspose(matrix);
        this.inverse = inverse;
      }
    }

    @Override
    public String getCaption() {
      return "M2";
    }
  }
}
