package org.qsl.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

public class GateTest {
  private static final double S2 = Math.sqrt(0.5);

  /** One of every gate type, with generic parameters. */
  public static List<Gate> everyGate() {
    return List.of(Gates.I, Gates.X, Gates.Y, Gates.Z, Gates.H, Gates.S, Gates.T, Gates.SQRT_X,
        Gates.SQRT_Y, Gates.SQRT_W, new Gate.Rx(0.3), new Gate.Ry(-1.1), new Gate.Rz(2.5),
        new Gate.Rxy(0.7, 1.9), new Gate.PhasedX(0.37, -0.81), new Gate.Phase(0.9),
        new Gate.Matrix1(new Gate.Rx(0.4).unitary().times(new Gate.Rz(1.3).unitary())),
        Gates.I2, Gates.CZ, Gates.CNOT, Gates.SWAP, Gates.ISWAP, new Gate.ISwapPow(0.3),
        new Gate.CZPow(-0.7), new Gate.CPhase(1.2), new Gate.FSim(1.1, 0.4),
        new Gate.Matrix2(new Gate.FSim(0.2, 0.3).unitary().times(Gates.CNOT.unitary())));
  }

  @Test
  void everyGateIsUnitaryAndItsInverseUndoesIt() {
    for (Gate g : everyGate()) {
      assertTrue(g.unitary().isUnitary(1e-14), g.toString());
      assertEquals(1 << g.arity(), g.unitary().dimension(), g.toString());
      Unitary product = g.inverse().unitary().times(g.unitary());
      assertTrue(product.distance(Unitary.identity(g.arity())) < 1e-14, g.toString());
    }
  }

  @Test
  void sycamoreSingleQubitGatesMatchQsimExactly() {
    // matrices as printed in qsim's gates_qsim.h (interleaved re, im), reference README
    assertEquals(Unitary.of(.5, .5, .5, -.5, .5, -.5, .5, .5), Gates.SQRT_X.unitary());
    assertEquals(Unitary.of(.5, .5, -.5, -.5, .5, .5, .5, .5), Gates.SQRT_Y.unitary());
    assertEquals(Unitary.of(.5, .5, 0, -S2, S2, 0, .5, .5), Gates.SQRT_W.unitary());
  }

  @Test
  void sqrtGatesSquareToPaulis() {
    assertTrue(square(Gates.SQRT_X).distance(Gates.X.unitary()) < 1e-15);
    assertTrue(square(Gates.SQRT_Y).distance(Gates.Y.unitary()) < 1e-15);
    Unitary w = Unitary.of(0, 0, S2, -S2, S2, S2, 0, 0); // (X + Y)/sqrt 2
    assertTrue(square(Gates.SQRT_W).distance(w) < 1e-15);
    assertTrue(square(Gates.S).distance(Gates.Z.unitary()) < 1e-15);
    assertTrue(square(Gates.T).distance(Gates.S.unitary()) < 1e-15);
  }

  @Test
  void cirqParameterisationsAgreeWithNamedGates() {
    assertTrue(new Gate.PhasedX(0.5, 0.25).unitary().distance(Gates.SQRT_W.unitary()) < 1e-15);
    assertTrue(new Gate.PhasedX(0.5, 0).unitary().distance(Gates.SQRT_X.unitary()) < 1e-15);
    assertTrue(new Gate.PhasedX(0.5, 0.5).unitary().distance(Gates.SQRT_Y.unitary()) < 1e-15);
    assertTrue(new Gate.CZPow(1).unitary().distance(Gates.CZ.unitary()) < 1e-15);
    assertTrue(new Gate.ISwapPow(1).unitary().distance(Gates.ISWAP.unitary()) < 1e-15);
    assertTrue(new Gate.CPhase(Math.PI).unitary().distance(Gates.CZ.unitary()) < 1e-15);
    // fSim(-pi/2, 0) is iSWAP; rz(pi) = -i Z; rxy(0, phi) = rx(phi)
    assertTrue(new Gate.FSim(-Math.PI / 2, 0).unitary().distance(Gates.ISWAP.unitary()) < 1e-15);
    assertTrue(new Gate.Rxy(0, 0.8).unitary().distance(new Gate.Rx(0.8).unitary()) < 1e-15);
    assertTrue(new Gate.Rz(Math.PI).unitary().distance(Unitary.diagonal(0, -1, 0, 1)) < 1e-15);
  }

  @Test
  void rotationsAreExponentialsOfPaulis() {
    double t = 0.77;
    double c = Math.cos(t / 2);
    double s = Math.sin(t / 2);
    // exp(-i t P/2) = cos(t/2) I - i sin(t/2) P
    assertTrue(new Gate.Rx(t).unitary().distance(Unitary.of(c, 0, 0, -s, 0, -s, c, 0)) < 1e-15);
    assertTrue(new Gate.Ry(t).unitary().distance(Unitary.of(c, 0, -s, 0, s, 0, c, 0)) < 1e-15);
    assertTrue(new Gate.Rz(t).unitary().distance(Unitary.diagonal(c, -s, c, s)) < 1e-15);
  }

  @Test
  void cnotControlIsTheFirstQubit() {
    Unitary u = Gates.CNOT.unitary();
    // |10> (index 2) -> |11> (index 3); |01> stays
    assertEquals(1.0, u.re(3, 2));
    assertEquals(1.0, u.re(1, 1));
  }

  @Test
  void diagonalGatesAreRecognised() {
    assertTrue(Gates.CZ.isDiagonal());
    assertTrue(new Gate.Rz(0.3).isDiagonal());
    assertTrue(new Gate.CPhase(0.3).isDiagonal());
    assertFalse(new Gate.FSim(0.3, 0.2).isDiagonal());
    assertFalse(Gates.H.isDiagonal());
  }

  @Test
  void matrixGatesCheckTheirSize() {
    assertThrows(IllegalArgumentException.class, () -> new Gate.Matrix1(Unitary.identity(2)));
    assertThrows(IllegalArgumentException.class, () -> new Gate.Matrix2(Unitary.identity(1)));
  }

  private static Unitary square(Gate g) {
    return g.unitary().times(g.unitary());
  }
}
