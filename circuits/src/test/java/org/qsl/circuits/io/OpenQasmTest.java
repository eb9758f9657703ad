package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qsl.circuits.io.QasmTestMatrices.controlled;
import static org.qsl.circuits.io.QasmTestMatrices.rotation;
import static org.qsl.circuits.io.QasmTestMatrices.u;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;

/**
 * Fixtures written the way Qiskit and Cirq export circuits parse to the circuit built here in
 * Java from the Gate records and textbook matrices: the same final state (fidelity), and the same
 * unitary up to a global phase.
 */
class OpenQasmTest {
  private static final double EPS = 1e-12;

  private static Circuit fixture(String name) throws Exception {
    return OpenQasm.read(Path.of(OpenQasmTest.class.getResource("/qasm/" + name).toURI()));
  }

  /** Asserts {@code circuit} acts as {@code expected} on every basis state, up to global phase. */
  private static void assertSameCircuit(Consumer<DenseState> expected, Circuit circuit) {
    int n = circuit.qubits();
    DenseState want = new DenseState(n, 0);
    expected.accept(want);
    double fidelity = DenseState.of(circuit).fidelity(want);
    assertTrue(fidelity >= 1 - EPS, "fidelity " + fidelity);
    QasmTestMatrices.assertEqualUpToPhase(DenseState.unitary(n, expected),
        DenseState.unitary(circuit), 1e-12);
  }

  @Test
  void qiskitExportWithSeveralRegistersBarriersAndMeasurements() throws Exception {
    Circuit c = fixture("qiskit_registers.qasm");
    assertEquals(5, c.qubits(), "qreg q[3] then qreg anc[2]");
    assertEquals(new Operation(Gates.SQRT_X, 3), c.operations().get(4), "anc[0] is qubit 3");
    assertSameCircuit(s -> s
        .apply(Gates.H, 0).apply(Gates.CNOT, 0, 1).apply(Gates.CNOT, 1, 2)
        .apply(new Gate.Rz(Math.PI / 4), 2).apply(Gates.SQRT_X, 3)
        .apply(new Gate.Ry(-0.1 * Math.PI), 4).apply(new Gate.CZPow(0.75), 2, 3)
        .apply(Gates.H, 4).apply(Gates.CZ, 3, 4).apply(Gates.SWAP, 0, 4).apply(Gates.T, 1)
        .apply(Gates.T.inverse(), 2).apply(Gates.S.inverse(), 3).apply(Gates.Y, 1)
        .apply(u(Math.PI / 2, Math.PI / 4, -Math.PI / 2), 2).apply(new Gate.Phase(0.25), 3), c);
  }

  @Test
  void qiskitExportWithNestedCustomGateDefinitions() throws Exception {
    Circuit c = fixture("qiskit_custom_gates.qasm");
    assertEquals(4, c.qubits());
    assertTrue(c.operations().stream().allMatch(op -> op.arity() <= 2));
    double theta = 1.2345678901234;
    Unitary x = Gates.X.unitary();
    Unitary zx = QasmTestMatrices.zx();
    assertSameCircuit(s -> s
        .apply(Gates.H, 0).apply(Gates.H, 1)
        // ecr = rzx(pi/4) (x) rzx(-pi/4), rzx(t) = exp(-i t/2 Z (x) X)
        .apply(rotation(zx, Math.PI / 4), 0, 1).apply(Gates.X, 0)
        .apply(rotation(zx, -Math.PI / 4), 0, 1)
        .apply(new Gate.FSim(Math.PI / 2, Math.PI / 6), 1, 2)
        // gate_circuit_160(theta) on q[1], q[2], q[3]
        .apply(new Gate.FSim(theta, Math.PI / 6), 1, 2)
        .apply(Gates.H, 1).apply(controlled(x, 2), 1, 2, 3)
        .apply(rotation(QasmTestMatrices.zz(), 0.25), 2, 3)
        .apply(controlled(u(theta / 2, 0.1, -0.2)), 3, 1)
        // library gates
        .apply(controlled(new Gate.Rz(-Math.PI / 3).unitary()), 3, 0)
        .apply(controlled(Gates.Y.unitary()), 2, 3)
        .apply(controlled(Gates.H.unitary()), 0, 2)
        .apply(controlled(Gates.SQRT_X.unitary()), 1, 0)
        .apply(controlled(QasmTestMatrices.scale(u(Math.PI / 3, Math.PI / 5, -Math.PI / 7), 0.3)),
            2, 1)
        .apply(rotation(QasmTestMatrices.xx(), 0.9), 0, 3)
        .apply(rotation(QasmTestMatrices.zz(), -1.1), 1, 3)
        .apply(controlled(new Gate.Rx(0.4).unitary()), 0, 1)
        .apply(controlled(new Gate.Ry(-0.6).unitary()), 2, 0)
        .apply(controlled(Gates.SWAP.unitary()), 0, 1, 2)
        .apply(controlled(x, 3), 3, 2, 1, 0)
        .apply(new Gate.Phase(-3 * Math.PI / 8), 3)
        .apply(Gates.SQRT_X.inverse(), 2), c);
  }

  @Test
  void cirqExportWithAnnotatedDecompositions() throws Exception {
    Circuit c = fixture("cirq_gates.qasm");
    assertEquals(5, c.qubits());
    // Cirq's gates: X**t, Y**t, Z**t, PhasedX, CCZ ...; rx/ry/rz differ from them by global phase
    assertSameCircuit(s -> s
        .apply(Gates.H, 0).apply(Gates.SQRT_X, 1).apply(Gates.SQRT_X.inverse(), 2)
        .apply(new Gate.PhasedX(0.875, 0), 3).apply(new Gate.PhasedX(-0.375, 0.5), 4)
        .apply(new Gate.Phase(0.625 * Math.PI), 0).apply(Gates.SQRT_W, 1)
        .apply(Gates.X, 2).apply(Gates.Y, 3).apply(Gates.Z, 4).apply(Gates.S, 0)
        .apply(Gates.S.inverse(), 1).apply(Gates.T, 2).apply(Gates.T.inverse(), 3)
        .apply(Gates.CZ, 0, 1).apply(Gates.CNOT, 2, 3)
        .apply(controlled(Gates.Y.unitary()), 3, 4).apply(controlled(Gates.H.unitary()), 4, 0)
        .apply(Gates.SWAP, 1, 2).apply(Gates.ISWAP, 3, 0)
        .apply(controlled(Gates.Z.unitary(), 2), 0, 1, 2)
        .apply(controlled(Gates.X.unitary(), 2), 4, 3, 1)
        .apply(controlled(Gates.SWAP.unitary()), 2, 0, 4)
        .apply(u(1.5 * Math.PI, Math.PI, 0.25 * Math.PI), 3), c);
  }

  @Test
  void cirqExportOfAQaoaCircuit() throws Exception {
    Circuit c = fixture("cirq_qaoa.qasm");
    double g1 = 0.4 * Math.PI;
    double b1 = 0.3 * Math.PI;
    double g2 = 1.1484729933 * Math.PI;
    double b2 = 1.2296884968 * Math.PI;
    Unitary zz = QasmTestMatrices.zz();
    // each cx-rz-cx is exp(-i gamma/2 Z Z) on the pair
    assertSameCircuit(s -> s
        .apply(Gates.H, 0).apply(Gates.H, 1).apply(Gates.H, 2).apply(Gates.H, 3)
        .apply(rotation(zz, g1), 0, 1).apply(rotation(zz, g1), 2, 3)
        .apply(rotation(zz, -g1), 1, 2).apply(rotation(zz, g1), 3, 0)
        .apply(new Gate.Rx(b1), 0).apply(new Gate.Rx(b1), 1).apply(new Gate.Rx(b1), 2)
        .apply(new Gate.Rx(b1), 3)
        .apply(rotation(zz, g2), 0, 1).apply(rotation(zz, -g2), 2, 3)
        .apply(rotation(zz, g2), 1, 2).apply(rotation(zz, g2), 3, 0)
        .apply(new Gate.Rx(b2), 0).apply(new Gate.Rx(b2), 1).apply(new Gate.Rx(b2), 2)
        .apply(new Gate.Rx(b2), 3), c);
  }

  @Test
  void qregsAreConcatenatedAndQubitZeroIsTheMostSignificantBit() {
    Circuit c = OpenQasm.parse(
        "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg a[1];\nqreg b[2];\nx b[0];", "order");
    assertEquals(List.of(new Operation(Gates.X, 1)), c.operations());
    // |a b0 b1> = |010>, amplitude index 2
    assertEquals(1, DenseState.of(c).fidelity(new DenseState(3, 0b010)), 1e-15);
  }

  @Test
  void gatesBroadcastOverRegisters() {
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\n"
        + "qreg a[2];\nqreg b[2];\nh a;\ncx a, b;\ncz a[1], b;\nCX a, b[0];", "broadcast");
    assertEquals(List.of(new Operation(Gates.H, 0), new Operation(Gates.H, 1),
        new Operation(Gates.CNOT, 0, 2), new Operation(Gates.CNOT, 1, 3),
        new Operation(Gates.CZ, 1, 2), new Operation(Gates.CZ, 1, 3),
        new Operation(Gates.CNOT, 0, 2), new Operation(Gates.CNOT, 1, 2)), c.operations());
  }

  @Test
  void expressionsFollowOpenQasmPrecedence() {
    String[][] cases = {
        {"-2^2", "-4"}, {"2^-1", "0.5"}, {"2^3^2", "512"}, {"(1+2)*3", "9"}, {"1-2-3", "-4"},
        {"8/2/2", "2"}, {"-pi/2", String.valueOf(-Math.PI / 2)}, {"3*pi/4", "2.356194490192345"},
        {"sin(pi/2) + cos(0) - tan(0)", "2"}, {"exp(ln(3))", "3"}, {"sqrt(16)", "4"},
        {"1e-3 + .5 + 2.", "2.501"}, {"+1 - -1", "2"}};
    for (String[] test : cases) {
      Circuit c = OpenQasm.parse(
          "OPENQASM 2.0;\nqreg q[1];\nU(" + test[0] + ", 0, 0) q[0];", "expr");
      Unitary expected = u(Double.parseDouble(test[1]), 0, 0);
      assertTrue(c.operations().get(0).gate().unitary().distance(expected) < 1e-15, test[0]);
    }
  }

  @Test
  void gateDefinitionsTakeParametersAndQubitsAndNest() {
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\n"
        + "gate rot(a, b) q { U(a, 0, 0) q; U(0, 0, b * 2) q; }\n"
        + "gate pair(t) x, y { rot(t, -t) y; CX y, x; barrier x, y; }\n"
        + "opaque never(t) q;\n"
        + "qreg q[2];\npair(0.5) q[0], q[1];", "nested");
    assertSameCircuit(s -> s.apply(u(0.5, 0, 0), 1).apply(u(0, 0, -1), 1)
        .apply(Gates.CNOT, 1, 0), c);
  }

  @Test
  void terminalMeasurementsAreDroppedAndBarriersIgnored() {
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\n"
        + "qreg q[2];\ncreg c[2];\nh q[0];\nmeasure q[0] -> c[0];\nbarrier q;\n"
        + "x q[1];\nmeasure q -> c;\nmeasure q[1] -> c[1];\nbarrier q;\n", "measure");
    assertEquals(List.of(new Operation(Gates.H, 0), new Operation(Gates.X, 1)), c.operations());
  }

  @Test
  void aProgramMayRedefineALibraryGateWithTheSameSignature() {
    Circuit c = OpenQasm.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\ninclude \"qelib1.inc\";\n"
        + "gate sx a { rx(pi/2) a; }\nqreg q[1];\nsx q[0];", "redefine");
    assertEquals(List.of(new Operation(new Gate.Rx(Math.PI / 2), 0)), c.operations());
  }

  @Test
  void commentsWindowsLineEndingsAndSpacingAreAccepted() {
    Circuit c = OpenQasm.parse("\uFEFF// header\r\nOPENQASM 2.0; // version\r\n"
        + "include \"qelib1.inc\";\r\nqreg q [ 2 ] ;\r\n  cx\tq[0] ,\r\n q[1]; // split\r\n",
        "spacing");
    assertEquals(List.of(new Operation(Gates.CNOT, 0, 1)), c.operations());
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.qasm");
    Files.writeString(f, "OPENQASM 2.0;\nqreg q[1];\nfoo q[0];\n");
    InputFormatException e = assertThrows(InputFormatException.class, () -> OpenQasm.read(f));
    assertEquals(f + ":3:1: unknown gate 'foo'; gates must be defined (gate ...) before they are "
        + "used", e.getMessage());
  }
}
