package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gates;

/** The test reference itself, checked against published and hand-worked states. */
class DenseSimulatorTest {

  @Test
  void reproducesThePublishedTwelveQubitDistribution() throws Exception {
    StateVector s = new DenseSimulator().run(Sycamore12.circuit());
    // the reference README: a double-precision simulation is 1.2e-6 from q12c0 (float32 values)
    assertTrue(Sycamore12.totalVariation(s, Sycamore12.distribution()) < 2e-6);
    assertEquals(2.6205e-3, s.probability(2625), 1e-7); // the published maximum, 101001000001
  }

  @Test
  void bellStateAndBitOrderByHand() {
    // H on qubit 0, CNOT 0 -> 2 on three qubits: (|000> + |101>)/sqrt 2, qubit 0 the high bit
    StateVector s = new DenseSimulator().run(
        Circuit.builder(3).add(Gates.H, 0).add(Gates.CNOT, 0, 2).build());
    assertEquals(Math.sqrt(0.5), s.re(0), 1e-15);
    assertEquals(Math.sqrt(0.5), s.re(5), 1e-15);
    assertEquals(1, s.norm(), 1e-15);
    // CNOT with control 2, target 0 after X on 2: |001> -> |101>
    StateVector t = new DenseSimulator().run(
        Circuit.builder(3).add(Gates.X, 2).add(Gates.CNOT, 2, 0).build());
    assertEquals(1, t.re(5), 1e-15);
  }
}
