package org.qsl.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CircuitTest {

  @Test
  void momentsPlaceEachGateAsEarlyAsItsQubitsAllow() {
    Circuit c = Circuit.builder(3)
        .add(Gates.H, 0).add(Gates.H, 1).add(Gates.CZ, 0, 1).add(Gates.X, 2).add(Gates.T, 0)
        .build();
    List<List<Operation>> m = c.moments();
    assertEquals(3, m.size());
    assertEquals(List.of(new Operation(Gates.H, 0), new Operation(Gates.H, 1),
        new Operation(Gates.X, 2)), m.get(0));
    assertEquals(List.of(new Operation(Gates.CZ, 0, 1)), m.get(1));
    assertEquals(List.of(new Operation(Gates.T, 0)), m.get(2));
    assertEquals(3, c.depth());
    assertEquals(1, c.multiQubitGateCount());
  }

  @Test
  void inverseReversesAndInvertsEveryOperation() {
    Circuit c = Circuit.builder(2).add(new Gate.Rx(0.3), 0).add(Gates.CNOT, 0, 1).build();
    Circuit inv = c.inverse();
    assertEquals(new Operation(Gates.CNOT, 0, 1), inv.operations().get(0));
    assertEquals(new Operation(new Gate.Rx(-0.3), 0), inv.operations().get(1));
  }

  @Test
  void badOperationsAreRefusedWithTheReason() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Circuit.builder(2).add(Gates.CZ, 0, 2));
    assertTrue(e.getMessage().contains("qubit 2 out of range"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Operation(Gates.CZ, 1, 1));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new Operation(Gates.CZ, 1));
    assertTrue(e.getMessage().contains("2 qubit"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Circuit.builder(0));
  }

  @Test
  void circuitsAreValuesAndImmutable() {
    Circuit a = Circuit.builder(2).add(Gates.H, 0).add(new Gate.FSim(1, 2), 0, 1).build();
    Circuit b = Circuit.builder(2).add(Gates.H, 0).add(new Gate.FSim(1, 2), 0, 1).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> a.operations().clear());
  }
}
