package org.qsl.circuits.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.redfx.strange.Complex;
import org.redfx.strange.Gate;
import org.redfx.strange.Program;
import org.redfx.strange.Step;
import org.redfx.strange.gate.Cnot;
import org.redfx.strange.gate.Hadamard;
import org.redfx.strange.gate.Identity;
import org.redfx.strange.gate.RotationZ;
import org.redfx.strange.gate.X;
import org.redfx.strange.local.SimpleQuantumExecutionEnvironment;

/**
 * Strange 0.1.3's conventions, established by experiment on its own simulator (no bridge): the
 * facts {@link StrangeBridge} relies on. States are read in Strange's own index order.
 */
class StrangeConventionsTest {

  /** Strange's final amplitudes; index i has qubit 0 in its least significant bit. */
  static Complex[] run(Program p) {
    return new SimpleQuantumExecutionEnvironment().runProgram(p).getProbability();
  }

  /** The one basis state a permutation program ends in. */
  static int basisState(Program p) {
    Complex[] a = run(p);
    for (int i = 0; i < a.length; i++) {
      if (a[i].abssqr() > 0.5) {
        return i;
      }
    }
    throw new AssertionError("no basis state");
  }

  /** X on each qubit whose bit is set in {@code bits} (Strange numbering), then {@code g}. */
  static Program prepared(int n, int bits, Gate g) {
    Program p = new Program(n);
    for (int q = 0; q < n; q++) {
      if ((bits >> q & 1) != 0) {
        p.addStep(new Step(new X(q)));
      }
    }
    p.addStep(new Step(g));
    return p;
  }

  @Test
  void qubitZeroIsTheLeastSignificantBit() {
    assertEquals(1, basisState(prepared(3, 0, new X(0))));
    assertEquals(4, basisState(prepared(3, 0, new X(2))));
  }

  @Test
  void cnotControlIsItsFirstQubitInBothOrders() {
    assertEquals(0b101, basisState(prepared(3, 0b001, new Cnot(0, 2))));
    assertEquals(0b010, basisState(prepared(3, 0b010, new Cnot(0, 2)))); // control 0 off
    assertEquals(0b101, basisState(prepared(3, 0b100, new Cnot(2, 0))));
    assertEquals(0b001, basisState(prepared(3, 0b001, new Cnot(2, 0)))); // control 2 off
  }

  @Test
  void twoQubitMatrixBasisIsFirstQubitMostSignificant() {
    // a cyclic shift |k> -> |k+1 mod 4> tells every basis state apart
    Complex[][] shift = new Complex[4][4];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        shift[r][c] = r == (c + 1) % 4 ? Complex.ONE : Complex.ZERO;
      }
    }
    int n = 4;
    int[][] placements = {{0, 1}, {1, 0}, {0, 2}, {2, 0}, {1, 3}, {3, 1}, {0, 3}, {3, 0}};
    for (int[] ab : placements) {
      int a = ab[0];
      int b = ab[1];
      for (int in = 0; in < 1 << n; in++) {
        int k = (in >> a & 1) << 1 | (in >> b & 1); // |a b>, a the high bit
        int out = (k + 1) % 4;
        int expected = in & ~(1 << a) & ~(1 << b) | (out >> 1) << a | (out & 1) << b;
        Gate g = new StrangeBridge.TwoQubitMatrixGate(a, b, shift);
        assertEquals(expected, basisState(prepared(n, in, g)),
            "on (" + a + "," + b + ") from " + in);
      }
    }
  }

  @Test
  void nonAdjacentTwoQubitGateSharingAStepIsMisapplied() {
    // why the bridge gives every two-qubit gate its own step: X(1) is lost here
    Program shared = new Program(3, new Step(new X(0)), new Step(new Cnot(0, 2), new X(1)));
    assertEquals(0b101, basisState(shared));
    Program separate = new Program(3, new Step(new X(0)), new Step(new Cnot(0, 2)),
        new Step(new X(1)));
    assertEquals(0b111, basisState(separate));
  }

  @Test
  void rotationZIsAGlobalPhase() {
    // H RotationZ(pi) H |0> = -i |0>; a true Rz(pi) = -iZ would give -i |1>
    Complex[] a = run(new Program(1, new Step(new Hadamard(0)), new Step(new RotationZ(Math.PI, 0)),
        new Step(new Hadamard(0))));
    assertEquals(0, a[0].r, 1e-6);
    assertEquals(-1, a[0].i, 1e-6);
    assertEquals(0, a[1].abssqr(), 1e-12);
  }

  @Test
  void initialValueOfQubitKLandsOnQubitNMinus1MinusK() {
    Program p = new Program(3, new Step(new Identity(0)));
    p.initializeQubit(0, 0.6);
    Complex[] a = run(p);
    assertEquals(0.6, a[0].r, 1e-6);
    assertEquals(0.8, a[0b100].r, 1e-6); // qubit 2 in Strange's gate numbering, not qubit 0
  }
}
