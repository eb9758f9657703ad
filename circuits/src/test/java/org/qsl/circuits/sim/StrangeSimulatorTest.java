package org.qsl.circuits.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gates;
import org.redfx.strange.Program;

class StrangeSimulatorTest {
  private final StrangeSimulator strange = new StrangeSimulator();

  @Test
  void reproducesThePublishedTwelveQubitDistribution() throws Exception {
    StateVector s = strange.run(Sycamore12.circuit());
    double[] p = Sycamore12.distribution();
    // the bar for single precision; measured 7.7e-7
    assertTrue(Sycamore12.totalVariation(s, p) < 1e-5);
    assertEquals(1, s.norm(), 1e-5);
    int argmax = 0;
    for (int j = 1; j < p.length; j++) {
      argmax = s.probability(j) > s.probability(argmax) ? j : argmax;
    }
    assertEquals(2625, argmax); // 101001000001, the published maximum
  }

  @Test
  void stateIsInTheProjectBitOrder() {
    // X on qubit 0 of 3: bitstring 100, index 4 (Strange's own index would be 1)
    assertEquals(1, strange.run(Circuit.builder(3).add(Gates.X, 0).build()).re(4), 1e-7);
    StateVector bell =
        strange.run(Circuit.builder(3).add(Gates.H, 0).add(Gates.CNOT, 0, 2).build());
    assertEquals(0.5, bell.probability(0b000), 1e-6);
    assertEquals(0.5, bell.probability(0b101), 1e-6);
  }

  @Test
  void emptyCircuitAndProgramWithoutStepsGiveTheirInitialState() {
    assertEquals(1, strange.run(Circuit.builder(2).build()).re(0), 1e-7);
    Program p = new Program(2);
    p.initializeQubit(0, 0.6); // Strange puts it on qubit 1, our index bit 0
    StateVector s = strange.run(p);
    assertEquals(0.6, s.re(0b00), 1e-6);
    assertEquals(0.8, s.re(0b01), 1e-6);
  }

  @Test
  void refusesMoreThanItsLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> strange.run(Circuit.builder(StrangeSimulator.MAX_QUBITS + 1).add(Gates.H, 0).build()));
    assertTrue(e.getMessage().startsWith("the Strange reference backend runs at most 20 qubits"),
        e.getMessage());
    assertTrue(e.getMessage().contains("got 21"), e.getMessage());
  }
}
