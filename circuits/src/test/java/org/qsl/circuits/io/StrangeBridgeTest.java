package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gate;
import org.qsl.circuits.GateTest;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;
import org.qsl.circuits.Unitary;
import org.qsl.circuits.random.Grid;
import org.qsl.circuits.random.SycamoreGenerator;
import org.qsl.circuits.sim.DenseSimulator;
import org.qsl.circuits.sim.StateVector;
import org.qsl.circuits.sim.StrangeSimulator;
import org.qsl.circuits.sim.Sycamore12;
import org.redfx.strange.Complex;
import org.redfx.strange.Program;
import org.redfx.strange.Step;
import org.redfx.strange.gate.Cnot;
import org.redfx.strange.gate.Cr;
import org.redfx.strange.gate.Cz;
import org.redfx.strange.gate.Fourier;
import org.redfx.strange.gate.Hadamard;
import org.redfx.strange.gate.Identity;
import org.redfx.strange.gate.Measurement;
import org.redfx.strange.gate.Oracle;
import org.redfx.strange.gate.PermutationGate;
import org.redfx.strange.gate.ProbabilitiesGate;
import org.redfx.strange.gate.R;
import org.redfx.strange.gate.RotationX;
import org.redfx.strange.gate.RotationY;
import org.redfx.strange.gate.RotationZ;
import org.redfx.strange.gate.SingleQubitMatrixGate;
import org.redfx.strange.gate.Swap;
import org.redfx.strange.gate.Toffoli;
import org.redfx.strange.gate.X;
import org.redfx.strange.gate.Y;
import org.redfx.strange.gate.Z;

class StrangeBridgeTest {
  /** Strange's single precision: amplitudes agree to a few float32 ulps per gate. */
  private static final double FLOAT = 2e-6;

  private static final StrangeSimulator STRANGE = new StrangeSimulator();
  private static final DenseSimulator DENSE = new DenseSimulator();

  /** A generic product state on 3 qubits, so that every matrix entry of a gate matters. */
  private static Circuit.Builder prepared() {
    Circuit.Builder b = Circuit.builder(3);
    for (int q = 0; q < 3; q++) {
      b.add(new Gate.Ry(0.4 + 0.7 * q), q).add(new Gate.Phase(0.3 + 1.1 * q), q);
    }
    return b;
  }

  static double maxDifference(StateVector a, StateVector b) {
    assertEquals(a.qubits(), b.qubits());
    double max = 0;
    for (long j = 0; j < a.dimension(); j++) {
      max = Math.max(max, Math.hypot(a.re(j) - b.re(j), a.im(j) - b.im(j)));
    }
    return max;
  }

  @Test
  void everyGateOnEveryPlacementGivesTheStateOfItsUnitary() {
    int[][] one = {{0}, {1}, {2}};
    int[][] two = {{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 2}, {2, 1}};
    for (Gate g : GateTest.everyGate()) {
      for (int[] qubits : g.arity() == 1 ? one : two) {
        Circuit c = prepared().add(g, qubits).build();
        double d = maxDifference(DENSE.run(c), STRANGE.run(c));
        assertTrue(d < FLOAT, g + " on " + java.util.Arrays.toString(qubits) + ": " + d);
      }
    }
  }

  @Test
  void namedGatesBecomeStrangeNamedGatesAndOthersMatrixGates() {
    Circuit c = Circuit.builder(2).add(Gates.X, 0).add(Gates.Y, 1).add(Gates.Z, 0).add(Gates.H, 1)
        .add(Gates.I, 0).add(new Gate.Rx(0.1), 1).add(new Gate.Ry(0.2), 0)
        .add(new Gate.Phase(0.3), 1).add(Gates.SQRT_X, 0).add(Gates.CNOT, 1, 0).add(Gates.CZ, 0, 1)
        .add(Gates.SWAP, 0, 1).add(new Gate.CZPow(0.4), 0, 1).add(new Gate.CPhase(0.5), 1, 0)
        .add(Gates.SYCAMORE, 1, 0).build();
    List<Class<?>> classes = new ArrayList<>();
    List<Integer> stepSizes = new ArrayList<>();
    for (Step s : StrangeBridge.toProgram(c).getSteps()) {
      stepSizes.add(s.getGates().size());
      s.getGates().forEach(g -> classes.add(g.getClass()));
    }
    assertEquals(List.of(X.class, Y.class, Z.class, Hadamard.class, Identity.class,
        RotationX.class, RotationY.class, R.class, SingleQubitMatrixGate.class, Cnot.class,
        Cz.class, Swap.class, Cr.class, Cr.class, StrangeBridge.TwoQubitMatrixGate.class),
        classes);
    // single-qubit gates on distinct qubits share a step; each two-qubit gate has its own
    assertEquals(List.of(2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1), stepSizes);
  }

  @Test
  void strangeGatesConvertToTheGatesOfTheirMatrices() {
    Complex[][] sMatrix = {{Complex.ONE, Complex.ZERO}, {Complex.ZERO, Complex.I}};
    Unitary fsim = new Gate.FSim(1.1, 0.4).unitary();
    RotationX inverted = new RotationX(0.7, 1);
    inverted.setInverse(true);
    Program p = new Program(3, new Step(new X(0)), new Step(new Y(1)), new Step(new Z(2)),
        new Step(new Hadamard(0)), new Step(new Identity(1)), new Step(new RotationX(0.3, 2)),
        new Step(new RotationY(-0.8, 0)), new Step(new R(1.1, 1)), new Step(new RotationZ(0.5, 2)),
        new Step(new SingleQubitMatrixGate(0, sMatrix)), new Step(new Cnot(2, 0)),
        new Step(new Cz(0, 1)), new Step(new Swap(1, 2)), new Step(new Cr(0, 2, 0.9)),
        new Step(new StrangeBridge.TwoQubitMatrixGate(2, 1, StrangeBridge.complexMatrix(fsim))),
        new Step(inverted));
    List<Operation> ops = StrangeBridge.toCircuit(p).operations();
    assertEquals(16, ops.size());
    assertEquals(List.of(new Operation(Gates.X, 0), new Operation(Gates.Y, 1),
        new Operation(Gates.Z, 2), new Operation(Gates.H, 0), new Operation(Gates.I, 1)),
        ops.subList(0, 5));
    assertEquals(0.3, ((Gate.Rx) ops.get(5).gate()).theta(), 1e-6);
    assertEquals(-0.8, ((Gate.Ry) ops.get(6).gate()).theta(), 1e-6);
    assertEquals(1.1, ((Gate.Phase) ops.get(7).gate()).lambda(), 1e-6);
    // Strange's RotationZ is the global phase e^{-i theta/2}: kept as that matrix
    Unitary phase = Unitary.diagonal(Math.cos(0.25), -Math.sin(0.25), Math.cos(0.25),
        -Math.sin(0.25));
    assertInstanceOf(Gate.Matrix1.class, ops.get(8).gate());
    assertTrue(ops.get(8).gate().unitary().distance(phase) < 1e-7);
    assertEquals(new Operation(Gates.S, 0), ops.get(9));
    assertEquals(new Operation(Gates.CNOT, 2, 0), ops.get(10));
    assertEquals(new Operation(Gates.CZ, 0, 1), ops.get(11));
    assertEquals(new Operation(Gates.SWAP, 1, 2), ops.get(12));
    assertEquals(0.9 / Math.PI, ((Gate.CZPow) ops.get(13).gate()).t(), 1e-7);
    assertEquals(List.of(0, 2), List.of(ops.get(13).qubit(0), ops.get(13).qubit(1)));
    assertInstanceOf(Gate.Matrix2.class, ops.get(14).gate());
    assertTrue(ops.get(14).gate().unitary().distance(fsim) < 1e-7);
    assertEquals(List.of(2, 1), List.of(ops.get(14).qubit(0), ops.get(14).qubit(1)));
    assertEquals(-0.7, ((Gate.Rx) ops.get(15).gate()).theta(), 1e-6);
    assertStrangeStateEqualsConvertedState(p);
  }

  @Test
  void oracleOnATwoQubitProgramActsOnStrangesIndex() {
    // Strange's index is 2 q1 + q0, so the oracle's matrix is a gate on (1, 0)
    Unitary shift = Unitary.of(
        0, 0, 0, 0, 0, 0, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 1, 0, 0, 0);
    Program p = new Program(2, new Step(new Hadamard(0)), new Step(new RotationY(0.3, 1)),
        new Step(new Oracle(StrangeBridge.complexMatrix(shift))));
    assertEquals(new Operation(new Gate.Matrix2(shift), 1, 0),
        StrangeBridge.toCircuit(p).operations().get(2));
    assertStrangeStateEqualsConvertedState(p);
  }

  @Test
  void initialValuesBecomeRyRotationsOnTheQubitStrangeUses() {
    Program p = new Program(3, new Step(new Hadamard(1)), new Step(new Cnot(0, 2)));
    p.initializeQubit(0, 0.6);
    p.initializeQubit(1, -0.28);
    List<Operation> ops = StrangeBridge.toCircuit(p).operations();
    assertEquals(new Operation(new Gate.Ry(2 * Math.acos(0.6)), 2), ops.get(0));
    assertEquals(new Operation(new Gate.Ry(2 * Math.acos(-0.28)), 1), ops.get(1));
    assertStrangeStateEqualsConvertedState(p);
  }

  @Test
  void terminalMeasurementsAndProbabilityDisplaysAreDropped() {
    Step probabilities = new Step(Step.Type.PROBABILITY);
    probabilities.addGate(new ProbabilitiesGate(0));
    Program p = new Program(2, new Step(new Hadamard(0)), probabilities, new Step(new Cnot(0, 1)),
        new Step(new Measurement(0), new Measurement(1)));
    assertEquals(Circuit.builder(2).add(Gates.H, 0).add(Gates.CNOT, 0, 1).build(),
        StrangeBridge.toCircuit(p));
  }

  @Test
  void programToCircuitToProgramKeepsTheState() {
    Program p = new Program(3, new Step(new Hadamard(0), new RotationY(0.4, 2)),
        new Step(new Cnot(0, 2)), new Step(new RotationZ(1.3, 1), new R(0.8, 2)),
        new Step(new Cr(2, 1, 0.6)), new Step(new Swap(0, 1)),
        new Step(new StrangeBridge.TwoQubitMatrixGate(2, 0,
            StrangeBridge.complexMatrix(new Gate.FSim(0.3, 1.7).unitary()))),
        new Step(new Y(0), new RotationX(-2.1, 1)));
    p.initializeQubit(2, 0.9);
    Program again = StrangeBridge.toProgram(StrangeBridge.toCircuit(p));
    assertTrue(maxDifference(STRANGE.run(p), STRANGE.run(again)) < FLOAT);
  }

  @Test
  void circuitToProgramToCircuitKeepsTheState() throws Exception {
    Circuit c = Sycamore12.circuit();
    Circuit again = StrangeBridge.toCircuit(StrangeBridge.toProgram(c));
    assertEquals(c.size(), again.size());
    // float32 matrices: about 1e-7 per gate and 480 gates
    assertTrue(maxDifference(DENSE.run(c), DENSE.run(again)) < 1e-5);
  }

  @Test
  void circuitOfNamedGatesComesBackEqual() {
    Circuit c = new SycamoreGenerator(Grid.rectangle(2, 3)).withTwoQubitGate(Gates.CZ)
        .generate(6, 11).then(Circuit.builder(6).add(Gates.S, 0).add(Gates.T, 1)
            .add(Gates.ISWAP, 2, 5).add(Gates.I2, 4, 3).add(Gates.CNOT, 5, 0).build());
    assertEquals(c, StrangeBridge.toCircuit(StrangeBridge.toProgram(c)));
  }

  @Test
  void gatesWithoutAnEquivalentGiveOneLineErrors() {
    assertOneLineError("Strange program step 2: Toffoli on qubit(s) [0, 1, 2] has no qsl"
        + " equivalent", new Program(3, new Step(new X(0)), new Step(new Toffoli(0, 1, 2))));
    assertOneLineError("step 1: Fourier", new Program(2, new Step(new Fourier(2, 0))));
    assertOneLineError("step 1: PermutationGate",
        new Program(3, new Step(new PermutationGate(0, 2, 3))));
    Complex[][] identity8 = Complex.identityMatrix(8);
    assertOneLineError("step 1: Oracle", new Program(3, new Step(new Oracle(identity8))));
    assertOneLineError("step 2: X on qubit(s) [1] acts on qubit 1, measured in step 1",
        new Program(2, new Step(new Measurement(1)), new Step(new X(1))));
    Program badInit = new Program(1, new Step(new X(0)));
    badInit.initializeQubit(0, 1.5);
    assertOneLineError("initial value 1.5 of qubit 0", badInit);
  }

  private static void assertOneLineError(String expected, Program p) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StrangeBridge.toCircuit(p));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /** Strange's own state of p, and the state of p's circuit computed from our unitaries. */
  private static void assertStrangeStateEqualsConvertedState(Program p) {
    Circuit c = StrangeBridge.toCircuit(p);
    double d = maxDifference(STRANGE.run(p), DENSE.run(c));
    assertTrue(d < FLOAT, "difference " + d);
  }
}
