package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsl.circuits.io.QasmTestMatrices.assertEqualUpToPhase;
import static org.qsl.circuits.io.QasmTestMatrices.controlled;
import static org.qsl.circuits.io.QasmTestMatrices.rotation;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/** The qelib1 gates: the built-ins, the named-gate mapping and every library definition. */
class Qelib1Test {
  private static final double EPS = 1e-13;

  private static String program(int qubits, String statement) {
    return "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[" + qubits + "];\n" + statement + "\n";
  }

  private static Unitary mapped(int qubits, String statement) {
    return DenseState.unitary(OpenQasm.parse(program(qubits, statement), "mapped"));
  }

  private static Unitary expanded(int qubits, String statement) {
    Circuit c = OpenQasm.parseExpanded(program(qubits, statement), "expanded");
    for (Operation op : c.operations()) {
      assertTrue(op.gate() instanceof Gate.Matrix1 || op.gate() instanceof Gate.CNOT,
          "fully expanded programs hold only U and CX, found " + op);
    }
    return DenseState.unitary(c);
  }

  @Test
  void builtInUIsTheMatrixOfTheSpecification() {
    double t = 0.7;
    double p = -1.3;
    double l = 2.9;
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\nqreg q[1];\nU(0.7, -1.3, 2.9) q[0];", "u");
    Unitary u = c.operations().get(0).gate().unitary();
    // [[cos(t/2), -e^{il} sin(t/2)], [e^{ip} sin(t/2), e^{i(p+l)} cos(t/2)]], entry by entry
    Unitary expected = Unitary.of(
        Math.cos(t / 2), 0, -Math.cos(l) * Math.sin(t / 2), -Math.sin(l) * Math.sin(t / 2),
        Math.cos(p) * Math.sin(t / 2), Math.sin(p) * Math.sin(t / 2),
        Math.cos(p + l) * Math.cos(t / 2), Math.sin(p + l) * Math.cos(t / 2));
    assertTrue(u.distance(expected) < 1e-15, u.toString());
    // ... which is e^{i(p+l)/2} Rz(p) Ry(t) Rz(l) exactly, not only up to phase
    assertTrue(u.distance(QasmTestMatrices.u(t, p, l)) < 1e-15);
  }

  @Test
  void builtInCxIsCnotWithTheFirstQubitAsControl() {
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\nqreg q[2];\nCX q[1], q[0];", "cx");
    assertEquals(List.of(new Operation(Gates.CNOT, 1, 0)), c.operations());
    // |01> (q1 = 1) -> |11>
    DenseState s = new DenseState(2, 0b01).run(c);
    assertEquals(1, s.fidelity(new DenseState(2, 0b11)), 1e-15);
  }

  /** Every qelib1 gate that maps onto a named gate, with the global phase of its definition. */
  static Stream<Arguments> namedGates() {
    double a = 0.83;
    return Stream.of(
        Arguments.of("id q[0];", Gates.I, 0.0),
        Arguments.of("u0(0.4) q[0];", Gates.I, 0.0),
        Arguments.of("x q[0];", Gates.X, 0.0),
        Arguments.of("y q[0];", Gates.Y, 0.0),
        Arguments.of("z q[0];", Gates.Z, 0.0),
        Arguments.of("h q[0];", Gates.H, 0.0),
        Arguments.of("s q[0];", Gates.S, 0.0),
        Arguments.of("sdg q[0];", new Gate.Phase(-Math.PI / 2), 0.0),
        Arguments.of("t q[0];", Gates.T, 0.0),
        Arguments.of("tdg q[0];", new Gate.Phase(-Math.PI / 4), 0.0),
        Arguments.of("sx q[0];", Gates.SQRT_X, -Math.PI / 4),
        Arguments.of("sxdg q[0];", Gates.SQRT_X.inverse(), Math.PI / 4),
        Arguments.of("rx(0.83) q[0];", new Gate.Rx(a), 0.0),
        Arguments.of("ry(0.83) q[0];", new Gate.Ry(a), 0.0),
        Arguments.of("rz(0.83) q[0];", new Gate.Rz(a), a / 2),
        Arguments.of("u1(0.83) q[0];", new Gate.Phase(a), 0.0),
        Arguments.of("p(0.83) q[0];", new Gate.Phase(a), 0.0),
        Arguments.of("u2(0.83, -0.4) q[0];",
            new Gate.Matrix1(QasmTestMatrices.u(Math.PI / 2, a, -0.4)), 0.0),
        Arguments.of("u3(0.83, -0.4, 1.9) q[0];",
            new Gate.Matrix1(QasmTestMatrices.u(a, -0.4, 1.9)), 0.0),
        Arguments.of("u(0.83, -0.4, 1.9) q[0];",
            new Gate.Matrix1(QasmTestMatrices.u(a, -0.4, 1.9)), 0.0),
        Arguments.of("cx q[0], q[1];", Gates.CNOT, 0.0),
        Arguments.of("cz q[0], q[1];", Gates.CZ, 0.0),
        Arguments.of("swap q[0], q[1];", Gates.SWAP, 0.0),
        Arguments.of("cu1(0.83) q[0], q[1];", new Gate.CZPow(a / Math.PI), 0.0),
        Arguments.of("cp(0.83) q[0], q[1];", new Gate.CZPow(a / Math.PI), 0.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedGates")
  void namedGateHasTheUnitaryOfItsQelib1Definition(String statement, Gate gate, double phase) {
    Circuit c = OpenQasm.parse(program(gate.arity(), statement), "mapped");
    assertEquals(1, c.size(), "a mapped gate is one operation");
    Gate read = c.operations().get(0).gate();
    assertEquals(gate.getClass(), read.getClass());
    assertTrue(read.unitary().distance(gate.unitary()) < 1e-15, read + " vs " + gate);
    // the definition's unitary is e^{i phase} times the named gate's
    double alpha = assertEqualUpToPhase(gate.unitary(), expanded(gate.arity(), statement), EPS);
    assertEquals(phase, alpha, EPS);
  }

  /** Library gates without a named gate, against their textbook unitaries. */
  static Stream<Arguments> expandedGates() {
    Unitary x = Gates.X.unitary();
    return Stream.of(
        Arguments.of(2, "cy q[0], q[1];", controlled(Gates.Y.unitary())),
        Arguments.of(2, "ch q[0], q[1];", controlled(Gates.H.unitary())),
        Arguments.of(2, "crx(0.7) q[0], q[1];", controlled(new Gate.Rx(0.7).unitary())),
        Arguments.of(2, "cry(0.7) q[0], q[1];", controlled(new Gate.Ry(0.7).unitary())),
        Arguments.of(2, "crz(0.7) q[0], q[1];", controlled(new Gate.Rz(0.7).unitary())),
        Arguments.of(2, "cu3(0.7, -0.2, 1.1) q[0], q[1];",
            controlled(QasmTestMatrices.u(0.7, -0.2, 1.1))),
        Arguments.of(2, "cu(0.7, -0.2, 1.1, 0.5) q[0], q[1];",
            controlled(QasmTestMatrices.scale(QasmTestMatrices.u(0.7, -0.2, 1.1), 0.5))),
        Arguments.of(2, "csx q[0], q[1];", controlled(Gates.SQRT_X.unitary())),
        Arguments.of(2, "rxx(0.7) q[0], q[1];", rotation(QasmTestMatrices.xx(), 0.7)),
        Arguments.of(2, "rzz(0.7) q[0], q[1];", rotation(QasmTestMatrices.zz(), 0.7)),
        Arguments.of(3, "ccx q[0], q[1], q[2];", controlled(x, 2)),
        Arguments.of(3, "cswap q[0], q[1], q[2];", controlled(Gates.SWAP.unitary())),
        Arguments.of(4, "c3x q[0], q[1], q[2], q[3];", controlled(x, 3)),
        Arguments.of(4, "c3sqrtx q[0], q[1], q[2], q[3];", controlled(Gates.SQRT_X.unitary(), 3)),
        Arguments.of(4, "c3sx q[0], q[1], q[2], q[3];", controlled(Gates.SQRT_X.unitary(), 3)),
        Arguments.of(5, "c4x q[0], q[1], q[2], q[3], q[4];", controlled(x, 4)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("expandedGates")
  void libraryGateHasItsTextbookUnitary(int qubits, String statement, Unitary expected) {
    assertEqualUpToPhase(expected, mapped(qubits, statement), EPS);
    assertEqualUpToPhase(expected, expanded(qubits, statement), EPS);
  }

  @Test
  void relativePhaseToffolisAreToffolisUpToPhasesOnTheBasisStates() {
    for (int k = 2; k <= 3; k++) {
      String statement = k == 2 ? "rccx q[0], q[1], q[2];" : "rc3x q[0], q[1], q[2], q[3];";
      Unitary u = mapped(k + 1, statement);
      Unitary toffoli = controlled(Gates.X.unitary(), k);
      for (int r = 0; r < u.dimension(); r++) {
        for (int c = 0; c < u.dimension(); c++) {
          assertEquals(Math.abs(toffoli.re(r, c)), Math.hypot(u.re(r, c), u.im(r, c)), EPS,
              statement + " entry " + r + "," + c);
        }
      }
      assertEqualUpToPhase(u, expanded(k + 1, statement), EPS);
    }
  }

  @Test
  void gatesOnThreeOrMoreQubitsBecomeOneAndTwoQubitOperations() {
    Circuit c = OpenQasm.parse(program(5, "c4x q[0], q[1], q[2], q[3], q[4];"), "c4x");
    assertTrue(c.size() > 20);
    assertTrue(c.operations().stream().allMatch(op -> op.arity() <= 2));
  }
}
