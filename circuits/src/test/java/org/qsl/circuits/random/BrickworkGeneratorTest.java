package org.qsl.circuits.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsl.circuits.Circuit;
import org.qsl.circuits.Gates;
import org.qsl.circuits.Operation;

class BrickworkGeneratorTest {

  @Test
  void cyclesAlternateEvenAndOddNeighbourPairs() {
    Cycles c = Cycles.of(new BrickworkGenerator(5).generate(4, 7));
    assertEquals(4, c.cycles());
    assertEquals(5, c.singleLayers().size());
    assertEquals(List.of("0-1", "2-3"), c.pairs(0));
    assertEquals(List.of("1-2", "3-4"), c.pairs(1));
    assertEquals(List.of("0-1", "2-3"), c.pairs(2));
    assertEquals(List.of("1-2", "3-4"), c.pairs(3));
    for (List<Operation> layer : c.twoQubitLayers()) {
      layer.forEach(op -> assertEquals(Gates.SYCAMORE, op.gate()));
    }
  }

  @Test
  void sameSeedSameCircuitOtherSeedOtherCircuit() {
    BrickworkGenerator gen = new BrickworkGenerator(8).withTwoQubitGate(Gates.CZ);
    assertEquals(gen.generate(10, 1), gen.generate(10, 1));
    assertNotEquals(gen.generate(10, 1), gen.generate(10, 2));
    Circuit c = gen.generate(10, 1);
    assertEquals(11 * 8 + 5 * 4 + 5 * 3, c.size()); // 11 layers of 8, 5 even and 5 odd cycles
    assertEquals(11 * 8, c.size() - c.multiQubitGateCount());
  }

  @Test
  void oneQubitHasOnlySingleQubitLayersAndBadSizesAreRefused() {
    Cycles c = Cycles.of(new BrickworkGenerator(1).generate(3, 0));
    assertEquals(4, c.singleLayers().size());
    assertThrows(IllegalArgumentException.class, () -> new BrickworkGenerator(0));
    assertThrows(IllegalArgumentException.class, () -> new BrickworkGenerator(3).generate(-1, 0));
  }
}
